import { addDays, daysBetween } from "@/lib/time/calendar-date";
import type { DatedItem } from "./month-grid";

/** The year the timeline shows: the Year of Friendship and Cooperation. */
export const TIMELINE_YEAR = 2023;

export const yearStart = (year: number) => `${year}-01-01`;
export const yearEnd = (year: number) => `${year}-12-31`;

/** Days in a year. */
export function daysInYear(year: number): number {
  return daysBetween(yearStart(year), yearStart(year + 1));
}

/**
 * Where an event sits on the year's axis, in percent of its width: from the start of its first day
 * to the end of its last, clipped to the year; null when it has no day in the year.
 */
export function yearPosition(item: DatedItem, year: number): { left: number; width: number } | null {
  const first = item.startDate < yearStart(year) ? yearStart(year) : item.startDate;
  const last = item.endDate > yearEnd(year) ? yearEnd(year) : item.endDate;
  if (first > last) return null;
  const days = daysInYear(year);
  const percent = (n: number) => Math.round((n / days) * 100_000) / 1000;
  return { left: percent(daysBetween(yearStart(year), first)), width: percent(daysBetween(first, last) + 1) };
}

/** The months of the year, each with its position on the axis. */
export function yearMonths(year: number): { month: string; left: number; width: number }[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, "0")}`;
    const next = i === 11 ? yearStart(year + 1) : `${year}-${String(i + 2).padStart(2, "0")}-01`;
    return { month, ...yearPosition({ startDate: `${month}-01`, endDate: addDays(next, -1) }, year)! };
  });
}

/**
 * Stacks items into lanes so that none overlaps another in its lane, in the given order. An item
 * takes at least `minDays` days of room, so that single-day marks drawn wider than a day do not
 * cover each other.
 */
export function packLanes<T extends DatedItem>(items: readonly T[], minDays: number): { item: T; lane: number }[] {
  const laneEnds: string[] = [];
  return items.map((item) => {
    const roomEnd = [item.endDate, addDays(item.startDate, minDays - 1)].sort().at(-1)!;
    let lane = laneEnds.findIndex((end) => end < item.startDate);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = roomEnd;
    return { item, lane };
  });
}
