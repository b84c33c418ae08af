import { addDays, isCalendarDate } from "./calendar-date";
import { eventTimeFromRow, type EventTime, type StoredEventTime } from "./event-time";

/**
 * How precisely the source dates an event, and no more:
 * - day: a day or a day range (all-day dates, or timed instants);
 * - month: a month or a run of months ("December 2023"). It is stored as whole all-day months
 *   (first day of the first month … last day of the last month), so that it sorts and groups in
 *   its month, but no day of it is ever shown or exported: it stays out of feeds until days are set.
 * Either may be marked tentative: planned, to be confirmed (予定 in the source).
 */
export const DATE_PRECISIONS = ["day", "month"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** "YYYY-MM" with a real month. */
export function isYearMonth(value: string): boolean {
  return YEAR_MONTH.test(value);
}

/** The last day of a "YYYY-MM" month. */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  return addDays(next, -1);
}

/** The inclusive dates stored for a month-precision event from `startMonth` to `endMonth`. */
export function monthSpan(startMonth: string, endMonth = startMonth): { startDate: string; endDate: string } {
  return { startDate: `${startMonth}-01`, endDate: lastDayOfMonth(endMonth) };
}

/** True when the dates are whole months, as month precision stores them. */
export function isWholeMonths(startDate: string, endDate: string): boolean {
  return isCalendarDate(startDate) && isCalendarDate(endDate) && startDate.endsWith("-01") && endDate === lastDayOfMonth(endDate.slice(0, 7));
}

/** Whole months from `from` to `to` ("YYYY-MM"; negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  return (ty - fy) * 12 + (tm - fm);
}

/** The date of an event as shown and exported: its time, how precise it is, and whether it is planned. */
export type EventDate = { precision: DatePrecision; tentative: boolean; time: EventTime };

/** The columns of the events table that say how an event is dated. */
export type StoredEventDate = StoredEventTime & { datePrecision: DatePrecision; isTentative: boolean };

export function eventDateFromRow(row: StoredEventDate): EventDate {
  return { precision: row.datePrecision, tentative: row.isTentative, time: eventTimeFromRow(row) };
}

/** Whether the event has days that a calendar can hold (month precision has none). */
export function hasDays(date: Pick<StoredEventDate, "datePrecision">): boolean {
  return date.datePrecision === "day";
}
