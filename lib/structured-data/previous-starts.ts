import type { ChangeDate, PublicChange } from "@/lib/changes/public-change";
import type { StoredEventDate } from "@/lib/time/date-precision";

/** A changelog date (instants as ISO strings) as the event's own date columns. */
function storedDate(d: ChangeDate): StoredEventDate {
  return { ...d, startAt: d.startAt === null ? null : new Date(d.startAt), endAt: d.endAt === null ? null : new Date(d.endAt) };
}

const startOf = (d: StoredEventDate) => (d.allDay ? d.startDate : (d.startAt?.toISOString() ?? d.startDate));

/**
 * The start dates a public event had before it was moved, oldest first, read from its public
 * changes (lib/changes/public-change.ts), newest first as the changelog lists them: the "date"
 * items whose start changed from a day-precise date. Giving a month-only event its days is no
 * move, and a draft's edits have no public change at all.
 */
export function previousPublicStarts(changesNewestFirst: readonly Pick<PublicChange, "items">[], current: StoredEventDate): StoredEventDate[] {
  const seen = new Set([startOf(current)]);
  const starts: StoredEventDate[] = [];
  for (const change of [...changesNewestFirst].reverse()) {
    for (const item of change.items) {
      if (item.type !== "date" || item.before.datePrecision !== "day") continue;
      const [was, now] = [storedDate(item.before), storedDate(item.after)];
      if (startOf(was) === startOf(now) || seen.has(startOf(was))) continue;
      seen.add(startOf(was));
      starts.push(was);
    }
  }
  return starts;
}
