import { formatDate, type Locale } from "@/lib/time/format";
import { instantToLocal, localToInstant, utcOffsetLabel } from "@/lib/time/zones";

/**
 * When a change was made, as the public reads it: in Japan time, the secretariat's and the
 * schedule's own, with its offset. One zone for every reader, page and feed, so the day a change
 * is filed under never depends on who looks.
 */
export const CHANGE_TIME_ZONE = "Asia/Tokyo";

/** The calendar day ("YYYY-MM-DD") a change made at `at` is filed under. */
export function changeDay(at: Date): string {
  return instantToLocal(at, CHANGE_TIME_ZONE).date;
}

/** "Fri 20 Oct 2023" / "2023年10月20日(金)". */
export function formatChangeDay(at: Date, locale: Locale): string {
  return formatDate(changeDay(at), locale);
}

/** "Fri 20 Oct 2023 14:05 (UTC+9)" / "2023年10月20日(金) 14:05 (UTC+9)". */
export function formatChangeTime(at: Date, locale: Locale): string {
  const local = instantToLocal(at, CHANGE_TIME_ZONE);
  return `${formatDate(local.date, locale)} ${local.time} (${utcOffsetLabel(at, CHANGE_TIME_ZONE)})`;
}

/** "14:05 (UTC+9)": the time of day alone, under a day's heading. */
export function formatChangeClock(at: Date): string {
  return `${instantToLocal(at, CHANGE_TIME_ZONE).time} (${utcOffsetLabel(at, CHANGE_TIME_ZONE)})`;
}

/** The first instant of a "since" day (midnight, Japan time). */
export function startOfChangeDay(day: string): Date {
  const start = localToInstant(day, "00:00", CHANGE_TIME_ZONE);
  if (!start) throw new RangeError(`No midnight on ${day} in ${CHANGE_TIME_ZONE}`);
  return start;
}
