/**
 * Test support, not used by the app: the rules Google documents for Event structured data
 * (developers.google.com/search/docs/appearance/structured-data/event), as checks on one JSON-LD
 * object. Returns what a rich-results test would call an error, in words; empty when it passes.
 * Required: name; startDate in ISO 8601 (a date, or a date-time with its UTC offset); location, a
 * Place with an address or a VirtualLocation with a url. Recommended ones are checked when present:
 * endDate (not before startDate), eventStatus and eventAttendanceMode from their enumerations,
 * previousStartDate with EventRescheduled, absolute url and image addresses.
 */
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]\d{2}:\d{2})$/;
const STATUSES = ["EventScheduled", "EventCancelled", "EventPostponed", "EventRescheduled", "EventMovedOnline"].map((s) => `https://schema.org/${s}`);
const MODES = ["OfflineEventAttendanceMode", "OnlineEventAttendanceMode", "MixedEventAttendanceMode"].map((s) => `https://schema.org/${s}`);

const isDate = (v: unknown) => typeof v === "string" && (DATE.test(v) || DATE_TIME.test(v));
const isAbsolute = (v: unknown) => typeof v === "string" && /^https?:\/\/[^/]/.test(v);
const instant = (v: string) => (DATE.test(v) ? Date.parse(`${v}T00:00:00Z`) : Date.parse(v));

export function googleEventProblems(e: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (e["@context"] !== "https://schema.org" || e["@type"] !== "Event") problems.push("not a schema.org Event");
  if (typeof e.name !== "string" || e.name.trim() === "" || isAbsolute(e.name)) problems.push("name: missing");
  if (!isDate(e.startDate)) problems.push(`startDate: not an ISO 8601 date or date-time with offset (${String(e.startDate)})`);
  if (e.endDate !== undefined && !isDate(e.endDate)) problems.push(`endDate: not an ISO 8601 date or date-time with offset (${String(e.endDate)})`);
  if (isDate(e.startDate) && isDate(e.endDate) && instant(e.endDate as string) < instant(e.startDate as string)) problems.push("endDate: before startDate");
  const location = e.location as Record<string, unknown> | undefined;
  if (!location) problems.push("location: missing");
  else if (location["@type"] === "Place" && !location.address) problems.push("location.address: missing");
  else if (location["@type"] === "VirtualLocation" && !isAbsolute(location.url)) problems.push("location.url: missing");
  else if (location["@type"] !== "Place" && location["@type"] !== "VirtualLocation") problems.push("location: neither Place nor VirtualLocation");
  if (e.eventStatus !== undefined && !STATUSES.includes(e.eventStatus as string)) problems.push("eventStatus: not an EventStatusType");
  if (e.eventAttendanceMode !== undefined && !MODES.includes(e.eventAttendanceMode as string)) problems.push("eventAttendanceMode: not an EventAttendanceModeEnumeration");
  if (e.eventStatus === "https://schema.org/EventRescheduled" && !e.previousStartDate) problems.push("previousStartDate: missing for a rescheduled event");
  if (e.url !== undefined && !isAbsolute(e.url)) problems.push("url: not absolute");
  if (e.image !== undefined && !(Array.isArray(e.image) && e.image.every(isAbsolute))) problems.push("image: not absolute addresses");
  return problems;
}
