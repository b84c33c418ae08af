import { DateTime, IANAZone } from "luxon";

/** True for a real IANA zone name known to this runtime's tz data (e.g. "Asia/Tokyo"). */
export function isValidTimeZone(zone: string): boolean {
  return typeof zone === "string" && zone.includes("/") && IANAZone.isValidZone(zone);
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
  const dt = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!dt.isValid) return null;
  if (dt.toFormat("yyyy-MM-dd'T'HH:mm") !== `${date}T${time}`) return null;
  return dt.toJSDate();
}

// The wall clock of an instant needs no luxon (the browser uses it too): lib/time/wall-clock.ts.
export { instantToLocal, utcOffsetLabel } from "./wall-clock";
