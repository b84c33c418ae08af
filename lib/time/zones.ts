import { DateTime, IANAZone } from "luxon";

/**
 * True for a real IANA zone name known to this runtime's tz data (e.g. "Asia/Tokyo"). Through
 * luxon's zone instances, which it keeps by name: IANAZone.isValidZone builds an
 * Intl.DateTimeFormat per call, which made an import's thousands of rows check zones for seconds.
 */
export function isValidTimeZone(zone: string): boolean {
  return typeof zone === "string" && zone.includes("/") && zone.length <= 64 && IANAZone.create(zone).isValid;
}

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalTime(value: string): boolean {
  return LOCAL_TIME.test(value);
}

/**
 * The instant at which the wall clock in `zone` shows `date` `time`.
 * Returns null for a local time that does not exist there (skipped by a DST change),
 * so callers can refuse it instead of silently moving it.
 */
export function localToInstant(date: string, time: string, zone: string): Date | null {
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  // From numbers, compared as numbers: an import checks thousands of times, and ISO parsing and
  // formatting cost more than the conversion itself.
  const dt = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  if (!dt.isValid) return null;
  if (dt.year !== year || dt.month !== month || dt.day !== day || dt.hour !== hour || dt.minute !== minute) return null;
  return dt.toJSDate();
}

// The wall clock of an instant needs no luxon (the browser uses it too): lib/time/wall-clock.ts.
export { instantToLocal, utcOffsetLabel } from "./wall-clock";
