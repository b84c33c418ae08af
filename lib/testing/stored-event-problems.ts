import { COUNTRY_CODES } from "@/lib/events/countries";
import { HOST_KINDS } from "@/lib/events/hosts";
import { DATE_PRECISIONS, isWholeMonths } from "@/lib/time/date-precision";
import { EVENT_KINDS, EVENT_STATUSES } from "@/lib/events/kinds";
import { SECTORS } from "@/lib/events/sectors";
import { isCalendarDate } from "@/lib/time/calendar-date";
import { isValidTimeZone } from "@/lib/time/zones";

type Row = Record<string, unknown>;

// C0/C1 controls (TAB and LF allowed only in multi-line text) and bidi overrides.
const BAD_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;
const BAD_IN_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LINE_FIELDS = ["titleJa", "titleEn", "cityJa", "cityEn", "venueJa", "venueEn", "recurrenceJa", "recurrenceEn", "sourceTitleJa", "sourceTitleEn"];
const TEXT_FIELDS = ["descriptionJa", "descriptionEn", "staffNote", "cancelReason", "cancelReasonEn", "hostNoteJa", "hostNoteEn", "sourceNoteJa", "sourceNoteEn"];

const KNOWN_ZONES = new Map(Intl.supportedValuesOf("timeZone").map((z) => [z.toLowerCase(), z]));

/**
 * A valid zone in its IANA spelling ("Asia/Tokyo", not "asia/tokyo"): feeds look VTIMEZONE
 * definitions up by exact name. ICU lists some zones under older names (Asia/Calcutta for
 * Asia/Kolkata), so a zone it does not list only needs IANA's capitalised segments.
 */
export function isIanaSpelledZone(zone: string): boolean {
  if (!isValidTimeZone(zone)) return false;
  const known = KNOWN_ZONES.get(zone.toLowerCase());
  return known ? known === zone : zone.split("/").every((segment) => /^[A-Z]/.test(segment));
}

/**
 * What is wrong with a stored event row (an empty list: it is a valid row). Used by the fuzz
 * tests to prove that no input, however hostile, ever leaves an invalid or partial row behind.
 */
export function storedEventProblems(row: Row): string[] {
  const problems: string[] = [];
  const bad = (what: string) => problems.push(`${what}: ${JSON.stringify(row[what])?.slice(0, 80)}`);
  if (!(EVENT_KINDS as readonly unknown[]).includes(row.kind)) bad("kind");
  if (!(EVENT_STATUSES as readonly unknown[]).includes(row.status)) bad("status");
  if (!(SECTORS as readonly unknown[]).includes(row.sector)) bad("sector");
  if (!(HOST_KINDS as readonly unknown[]).includes(row.hostKind)) bad("hostKind");
  // Only a country host has a country, and then a known one.
  if (row.hostKind === "country" ? !(COUNTRY_CODES as unknown[]).includes(row.countryCode) : row.countryCode !== null) bad("countryCode");
  if (!(DATE_PRECISIONS as readonly unknown[]).includes(row.datePrecision)) bad("datePrecision");
  if (row.datePrecision === "month" && (!row.allDay || !isWholeMonths(String(row.startDate), String(row.endDate)))) bad("datePrecision");
  if (typeof row.uid !== "string" || row.uid.length < 8) bad("uid");
  if (typeof row.slug !== "string" || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(row.slug)) bad("slug");
  if (`${row.titleJa ?? ""}${row.titleEn ?? ""}`.trim() === "") bad("titleEn");
  for (const f of LINE_FIELDS) if (typeof row[f] !== "string" || BAD_IN_LINE.test(row[f] as string)) bad(f);
  for (const f of TEXT_FIELDS) if (typeof row[f] !== "string" || BAD_IN_TEXT.test(row[f] as string)) bad(f);
  if (row.sourceUrl !== null && !/^https?:\/\/[^\s]+$/.test(String(row.sourceUrl))) bad("sourceUrl");
  const zone = row.timeZone;
  if (typeof zone !== "string" || !isIanaSpelledZone(zone)) bad("timeZone");
  const { startDate, endDate } = row as { startDate: unknown; endDate: unknown };
  if (typeof startDate !== "string" || !isCalendarDate(startDate)) bad("startDate");
  if (typeof endDate !== "string" || !isCalendarDate(endDate) || (typeof startDate === "string" && endDate < startDate)) bad("endDate");
  const instant = (v: unknown) => (v instanceof Date ? v.getTime() : typeof v === "string" ? Date.parse(v) : NaN);
  if (row.allDay) {
    if (row.startAt !== null || row.endAt !== null) bad("startAt");
  } else if (!(instant(row.startAt) < instant(row.endAt))) bad("endAt");
  for (const f of ["version", "sequence"]) if (!Number.isSafeInteger(row[f]) || (row[f] as number) < 0) bad(f);
  return problems;
}
