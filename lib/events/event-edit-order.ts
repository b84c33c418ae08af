/**
 * Which itinerary items can move up or down. Public lists sort by date and time first, so the
 * staff-set order only decides among siblings that start at the same moment (same program too).
 * `items` must be in public order (startDate, startAt, sortOrder, id).
 */
type Orderable = { id: number; startDate: string; startAt: Date | null; programId: number | null };

const sameSlot = (a: Orderable, b: Orderable) =>
  a.startDate === b.startDate && (a.startAt?.getTime() ?? null) === (b.startAt?.getTime() ?? null) && a.programId === b.programId;

export function reorderMoves(items: Orderable[]): Map<number, { up: boolean; down: boolean }> {
  return new Map(
    items.map((item, i) => [
      item.id,
      { up: i > 0 && sameSlot(items[i - 1], item), down: i < items.length - 1 && sameSlot(items[i + 1], item) },
    ]),
  );
}
