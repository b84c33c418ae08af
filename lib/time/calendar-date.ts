/**
 * Calendar dates as "YYYY-MM-DD" strings: a day in someone's local calendar, not an instant.
 * All arithmetic happens on UTC midnights so no machine or viewer time zone can shift a date.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999. */
function utcMidnight(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = utcMidnight(y, mo, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function toUtcMidnight(date: string): Date {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  const [y, m, d] = date.split("-").map(Number);
  return utcMidnight(y, m, d);
}

function fromUtcMidnight(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = toUtcMidnight(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtcMidnight(d);
}

/** Day of the week of a calendar date: 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return toUtcMidnight(date).getUTCDay();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMidnight(to).getTime() - toUtcMidnight(from).getTime()) / 86_400_000);
}

/** The dates from `start` to `end`, both inclusive. */
export function datesInRange(start: string, end: string): string[] {
  const n = daysBetween(start, end);
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addDays(start, i));
}

/** A Date at UTC midnight of the calendar date: for formatting with `timeZone: "UTC"` only. */
export function calendarDateAsUtc(date: string): Date {
  return toUtcMidnight(date);
}

/** "YYYY-MM" of a calendar date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}
