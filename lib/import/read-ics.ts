import ICAL from "ical.js";
import { addDays } from "@/lib/time/calendar-date";
import { instantToLocal, localToInstant } from "@/lib/time/zones";
import { canonicalTimeZone } from "@/lib/validation/event-fields";
import { addProblem, type ImportRow, type ReadFile } from "./import-row";
import { IMPORT_MAX_ROWS } from "./limits";

/**
 * Reads the VEVENTs of an iCalendar file (ical.js) into import rows: SUMMARY, DESCRIPTION and
 * LOCATION become the title, description and venue in the language the importer chose; DTSTART
 * and DTEND the time, as the time model has it: a DATE value is an all-day event (DTEND is
 * exclusive), a DATE-TIME one a timed event in its TZID's zone (a UTC or floating time is placed
 * in the calendar's X-WR-TIMEZONE, else the importer's zone). The UID names the event on a later
 * import. What this app cannot hold is skipped with its reason, never silently: repeating events
 * (RRULE, RDATE), changed occurrences (RECURRENCE-ID) and cancelled ones.
 */
export type IcsReadOptions = { lang: "ja" | "en"; defaultZone: string };

/** Windows zone names (Outlook writes them as TZID) of the region's zones, to their IANA names. */
const WINDOWS_ZONES: Record<string, string> = {
  "Tokyo Standard Time": "Asia/Tokyo",
  "Korea Standard Time": "Asia/Seoul",
  "SE Asia Standard Time": "Asia/Bangkok",
  "Singapore Standard Time": "Asia/Singapore",
  "Myanmar Standard Time": "Asia/Yangon",
  "UTC": "Etc/UTC",
};

/** The IANA zone a TZID names: itself, a prefixed form ("/mozilla.org/20050126_1/Asia/Tokyo"), or a Windows name. */
export function zoneFromTzid(tzid: string): string | null {
  const direct = canonicalTimeZone(tzid) ?? (WINDOWS_ZONES[tzid] ? canonicalTimeZone(WINDOWS_ZONES[tzid]) : null);
  if (direct) return direct;
  const tail = /([A-Z][A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/.exec(tzid);
  return tail ? canonicalTimeZone(tail[1]) : null;
}

const pad = (n: number) => String(n).padStart(2, "0");
const dateOf = (t: ICAL.Time) => `${t.year}-${pad(t.month)}-${pad(t.day)}`;
const timeOf = (t: ICAL.Time) => `${pad(t.hour)}:${pad(t.minute)}`;

type Moment = { date: string; time: string; zone: string | null; utc: boolean; isDate: boolean };

function moment(property: ICAL.Property | null): Moment | null {
  const value = property?.getFirstValue();
  if (!(value instanceof ICAL.Time)) return null;
  const tzid = property!.getParameter("tzid");
  return { date: dateOf(value), time: timeOf(value), zone: typeof tzid === "string" ? tzid : null, utc: value.zone?.tzid === "UTC", isDate: value.isDate };
}

/** A timed moment as the wall clock of `venueZone` shows it, or null when its own zone is unknown. */
function inVenueZone(m: Moment, venueZone: string): { date: string; time: string } | null {
  const ownZone = m.utc ? "Etc/UTC" : m.zone ? zoneFromTzid(m.zone) : venueZone;
  if (!ownZone) return null;
  if (ownZone === venueZone) return { date: m.date, time: m.time };
  const instant = localToInstant(m.date, m.time, ownZone);
  return instant ? instantToLocal(instant, venueZone) : { date: m.date, time: m.time };
}

function readTimes(event: ICAL.Component, row: ImportRow, defaultZone: string): void {
  const start = moment(event.getFirstProperty("dtstart"));
  if (!start) return addProblem(row, "startDate", { code: "import.errors.icsNoStart" });
  const end = moment(event.getFirstProperty("dtend"));
  const duration = event.getFirstPropertyValue("duration");
  if (start.isDate) {
    const days = duration instanceof ICAL.Duration ? Math.max(1, Math.round(duration.toSeconds() / 86_400)) : null;
    const endDate = end ? addDays(end.date, -1) : days ? addDays(start.date, days - 1) : start.date;
    Object.assign(row.values, { allDay: "true", startDate: start.date, endDate, startTime: "", endTime: "" });
    return;
  }
  const venueZone = start.zone ? zoneFromTzid(start.zone) : defaultZone;
  if (!venueZone) return addProblem(row, "timeZone", { code: "import.errors.unknownZone", values: { zone: start.zone!.slice(0, 60) } });
  const local = inVenueZone(start, venueZone)!;
  let localEnd: { date: string; time: string } | null = null;
  if (end) {
    localEnd = inVenueZone(end, venueZone);
    if (!localEnd) return addProblem(row, "timeZone", { code: "import.errors.unknownZone", values: { zone: (end.zone ?? "").slice(0, 60) } });
  } else if (duration instanceof ICAL.Duration) {
    const startAt = localToInstant(local.date, local.time, venueZone);
    if (startAt) localEnd = instantToLocal(new Date(startAt.getTime() + duration.toSeconds() * 1000), venueZone);
  }
  if (!localEnd) return addProblem(row, "endTime", { code: "import.errors.icsNoEnd" });
  Object.assign(row.values, { allDay: "false", startDate: local.date, startTime: local.time, endDate: localEnd.date, endTime: localEnd.time, timeZone: venueZone });
}

function readEvent(event: ICAL.Component, position: number, options: IcsReadOptions, defaultZone: string): ImportRow {
  const text = (name: string) => {
    const value = event.getFirstPropertyValue(name);
    return typeof value === "string" ? value : "";
  };
  const lang = options.lang === "ja" ? "Ja" : "En";
  const uid = text("uid").trim();
  const row: ImportRow = { position, key: uid ? { uid } : {}, values: {}, problems: {}, label: text("summary").slice(0, 80) || uid.slice(0, 80) };
  if (event.hasProperty("recurrence-id")) row.skip = { code: "import.errors.icsRecurrenceOverride" };
  else if (event.hasProperty("rrule") || event.hasProperty("rdate")) row.skip = { code: "import.errors.icsRecurring" };
  else if (text("status").toUpperCase() === "CANCELLED") row.skip = { code: "import.errors.icsCancelled" };
  if (row.skip) return row;
  if (uid.length > 255 || /[\u0000-\u001F\u007F]/.test(uid)) addProblem(row, "uid", { code: "import.errors.invalidUid" });
  row.values[`title${lang}`] = text("summary");
  row.values[`description${lang}`] = text("description");
  row.values[`venue${lang}`] = text("location");
  row.values.isTentative = text("status").toUpperCase() === "TENTATIVE" ? "true" : "";
  if (text("url")) row.values.sourceUrl = text("url");
  readTimes(event, row, defaultZone);
  return row;
}

function readCalendar(root: ICAL.Component, options: IcsReadOptions): ReadFile {
  const calendar = root.name === "vcalendar" ? root : root.getFirstSubcomponent("vcalendar");
  const events = calendar?.getAllSubcomponents("vevent") ?? [];
  if (events.length === 0) return { ok: false, problem: { code: "import.errors.icsNoEvents" } };
  if (events.length > IMPORT_MAX_ROWS) return { ok: false, problem: { code: "import.errors.tooManyRows", values: { rows: events.length, max: IMPORT_MAX_ROWS } } };
  const calendarZone = calendar!.getFirstPropertyValue("x-wr-timezone");
  const defaultZone = (typeof calendarZone === "string" && zoneFromTzid(calendarZone)) || options.defaultZone;
  return { ok: true, rows: events.map((event, i) => readEvent(event, i + 1, options, defaultZone)) };
}

export function readEventIcs(source: string, options: IcsReadOptions): ReadFile {
  try {
    return readCalendar(new ICAL.Component(ICAL.parse(source)), options);
  } catch {
    // ical.js throws while parsing, and at times while reading a broken structure (an unclosed component).
    return { ok: false, problem: { code: "import.errors.icsSyntax" } };
  }
}
