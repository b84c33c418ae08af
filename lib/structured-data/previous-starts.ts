import type { EventSnapshot } from "@/lib/audit/event-snapshot";
import type { StoredEventDate } from "@/lib/time/date-precision";

/** A snapshot's date columns (instants are ISO strings in snapshots), or null when it has none. */
function snapshotDate(s: EventSnapshot | null): StoredEventDate | null {
  if (!s || typeof s.startDate !== "string" || typeof s.endDate !== "string") return null;
  const instant = (v: unknown) => (typeof v === "string" ? new Date(v) : null);
  return {
    datePrecision: s.datePrecision === "month" ? "month" : "day",
    isTentative: s.isTentative === true,
    allDay: s.allDay === true,
    startDate: s.startDate,
    endDate: s.endDate,
    startAt: instant(s.startAt),
    endAt: instant(s.endAt),
    timeZone: typeof s.timeZone === "string" ? s.timeZone : "UTC",
  };
}

const startOf = (d: StoredEventDate) => (d.allDay ? d.startDate : (d.startAt?.toISOString() ?? d.startDate));

/**
 * The start dates a public event had before it was moved, oldest first, from its audit entries
 * (before and after each edit): a move is an edit of a published or cancelled event, dated to the
 * day, whose start changed. Giving a month-only event its days is no move, nor is an edit of a draft.
 */
export function previousPublicStarts(entries: { before: EventSnapshot | null; after: EventSnapshot | null }[], current: StoredEventDate): StoredEventDate[] {
  const seen = new Set([startOf(current)]);
  const starts: StoredEventDate[] = [];
  for (const { before, after } of entries) {
    const [was, now] = [snapshotDate(before), snapshotDate(after)];
    if (!was || !now || was.datePrecision !== "day" || !["published", "cancelled"].includes(String(before?.status))) continue;
    if (startOf(was) === startOf(now) || seen.has(startOf(was))) continue;
    seen.add(startOf(was));
    starts.push(was);
  }
  return starts;
}
