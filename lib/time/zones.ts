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

/** The local calendar date and wall-clock time of an instant in `zone`. */
export function instantToLocal(instant: Date, zone: string): { date: string; time: string } {
  const dt = DateTime.fromJSDate(instant, { zone });
  return { date: dt.toFormat("yyyy-MM-dd"), time: dt.toFormat("HH:mm") };
}

/** "UTC+9", "UTC+5:30", "UTC−4", "UTC" for the offset in effect in `zone` at `instant`. */
export function utcOffsetLabel(instant: Date, zone: string): string {
  const minutes = DateTime.fromJSDate(instant, { zone }).offset;
  if (minutes === 0) return "UTC";
  const sign = minutes > 0 ? "+" : "\u2212";
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, "0")}` : ""}`;
}
