import { z } from "zod";
import type { EditorErrorName } from "@/lib/errors";
import { COUNTRY_CODES, type CountryCode } from "@/lib/events/countries";
import { hostFromValue, OTHER_HOST_KINDS, type HostKind } from "@/lib/events/hosts";
import { EVENT_KINDS } from "@/lib/events/kinds";
import { SECTORS } from "@/lib/events/sectors";
import { daysBetween, isCalendarDate } from "@/lib/time/calendar-date";
import { DATE_PRECISIONS, isYearMonth, monthSpan, monthsBetween } from "@/lib/time/date-precision";
import { eventTimeFromLocal, storedEventTime, type StoredEventTime } from "@/lib/time/event-time";
import { isLocalTime, isValidTimeZone } from "@/lib/time/zones";
import { calendarDate, localTime, MAX_SPAN_DAYS, MAX_SPAN_MONTHS, optionalHttpUrl, optionalSlug, timeZone, yearMonth } from "./event-fields";
import { checkbox, choice, editorError, multiLineText, optionalId, requiredId, singleLineText } from "./text-fields";

export const TITLE_MAX = 300;
export const DESCRIPTION_MAX = 5000;
export const PLACE_MAX = 200;
export const RECURRENCE_MAX = 200;
export const STAFF_NOTE_MAX = 5000;
/** Source and host notes share the private note's limit (and its message). */
export const NOTE_MAX = STAFF_NOTE_MAX;

/** The host choices: a country code, or a host that is no one country (online, not stated…). */
export const HOST_VALUES = [...COUNTRY_CODES, ...OTHER_HOST_KINDS] as string[] as [string, ...string[]];

/** Day precision unless the client says otherwise: API clients written before month precision send none. */
const datePrecision = z.preprocess((v) => (v === undefined || v === null || v === "" ? "day" : v), z.enum(DATE_PRECISIONS, { error: editorError("invalidChoice") }));

/** The fields of the event form, in the order the form shows them. */
export const eventFieldsSchema = z.object({
  kind: choice(EVENT_KINDS),
  titleJa: singleLineText({ max: TITLE_MAX, tooLong: editorError("titleTooLong") }),
  titleEn: singleLineText({ max: TITLE_MAX, tooLong: editorError("titleTooLong") }),
  slug: optionalSlug,
  descriptionJa: multiLineText({ max: DESCRIPTION_MAX, tooLong: editorError("descriptionTooLong") }),
  descriptionEn: multiLineText({ max: DESCRIPTION_MAX, tooLong: editorError("descriptionTooLong") }),
  sector: choice(SECTORS),
  host: choice(HOST_VALUES, "unknownHost"),
  hostNoteJa: multiLineText({ max: NOTE_MAX, tooLong: editorError("noteTooLong") }),
  hostNoteEn: multiLineText({ max: NOTE_MAX, tooLong: editorError("noteTooLong") }),
  cityJa: singleLineText({ max: PLACE_MAX, tooLong: editorError("placeTooLong") }),
  cityEn: singleLineText({ max: PLACE_MAX, tooLong: editorError("placeTooLong") }),
  venueJa: singleLineText({ max: PLACE_MAX, tooLong: editorError("placeTooLong") }),
  venueEn: singleLineText({ max: PLACE_MAX, tooLong: editorError("placeTooLong") }),
  datePrecision,
  isTentative: checkbox,
  allDay: checkbox,
  startDate: calendarDate,
  startTime: localTime,
  endDate: calendarDate,
  endTime: localTime,
  startMonth: yearMonth,
  endMonth: yearMonth,
  timeZone,
  isSpecial: checkbox,
  recurrenceJa: singleLineText({ max: RECURRENCE_MAX, tooLong: editorError("recurrenceTooLong") }),
  recurrenceEn: singleLineText({ max: RECURRENCE_MAX, tooLong: editorError("recurrenceTooLong") }),
  sourceUrl: optionalHttpUrl,
  sourceTitleJa: singleLineText({ max: TITLE_MAX, tooLong: editorError("titleTooLong") }),
  sourceTitleEn: singleLineText({ max: TITLE_MAX, tooLong: editorError("titleTooLong") }),
  sourceNoteJa: multiLineText({ max: NOTE_MAX, tooLong: editorError("noteTooLong") }),
  sourceNoteEn: multiLineText({ max: NOTE_MAX, tooLong: editorError("noteTooLong") }),
  parentId: optionalId,
  programId: optionalId,
  staffNote: multiLineText({ max: STAFF_NOTE_MAX, tooLong: editorError("noteTooLong") }),
});

type Fields = z.infer<typeof eventFieldsSchema>;
export type EventFieldName = keyof Fields;

/** lib/time reports its problems in its own words. */
const TIME_ERRORS: Record<string, EditorErrorName> = { end_before_start: "endBeforeStart", nonexistent_local_time: "nonexistentLocalTime" };

type Issue = (name: EditorErrorName, path: EventFieldName) => void;

/** A month-only date: a start month, and an end month not before it (empty: the same month). */
function monthIssues(v: Partial<Record<EventFieldName, unknown>>, issue: Issue): void {
  const { startMonth, endMonth } = v;
  if (startMonth === "") issue("required", "startMonth");
  if (typeof startMonth !== "string" || !isYearMonth(startMonth) || typeof endMonth !== "string" || !isYearMonth(endMonth)) return;
  if (endMonth < startMonth) issue("endBeforeStart", "endMonth");
  else if (monthsBetween(startMonth, endMonth) >= MAX_SPAN_MONTHS) issue("monthSpanTooLong", "endMonth");
}

/** Day precision: dates (and times unless all-day) that the time model accepts. */
function dayIssues(v: Partial<Record<EventFieldName, unknown>>, issue: Issue): void {
  const { startDate, endDate, startTime, endTime, timeZone: zone } = v;
  const allDay = v.allDay === true;
  if (startDate === "") issue("required", "startDate");
  if (endDate === "") issue("required", "endDate");
  if (!allDay) {
    if (startTime === "") issue("timeRequired", "startTime");
    if (endTime === "") issue("timeRequired", "endTime");
  }
  const datesOk = typeof startDate === "string" && isCalendarDate(startDate) && typeof endDate === "string" && isCalendarDate(endDate);
  const timesOk = allDay || (typeof startTime === "string" && isLocalTime(startTime) && typeof endTime === "string" && isLocalTime(endTime));
  if (!datesOk || !timesOk || typeof zone !== "string" || !isValidTimeZone(zone)) return;
  if (daysBetween(startDate, endDate) > MAX_SPAN_DAYS) return issue("spanTooLong", "endDate");
  const time = eventTimeFromLocal({ allDay, startDate, endDate, startTime: String(startTime), endTime: String(endTime), timeZone: zone });
  if ("field" in time) issue(TIME_ERRORS[time.message] ?? "invalid", time.field);
}

/** Rules that involve more than one field; each issue is reported on the field to correct. */
function crossFieldIssues(v: Partial<Record<EventFieldName, unknown>>, ctx: z.RefinementCtx): void {
  // Runs even when parsing failed (see ALWAYS), so the input may not even be an object.
  if (typeof v !== "object" || v === null) return;
  const issue: Issue = (name, path) => ctx.addIssue({ code: "custom", message: editorError(name), path: [path] });
  const title = (s: unknown) => (typeof s === "string" ? s.trim() : "");
  if (title(v.titleJa) === "" && title(v.titleEn) === "") {
    issue("titleRequired", "titleJa");
    issue("titleRequired", "titleEn");
  }
  if (v.datePrecision === "month") monthIssues(v, issue);
  else dayIssues(v, issue);
}

/** Cross-field rules run even when single fields failed, so every error shows at once. */
const ALWAYS = { when: () => true };

type FormOnly = "host" | "allDay" | "startDate" | "endDate" | "startTime" | "endTime" | "startMonth" | "endMonth" | "timeZone";
export type EventInput = Omit<Fields, FormOnly> & StoredEventTime & { hostKind: HostKind; countryCode: CountryCode | null };

/** The stored time of checked form fields: whole months for month precision, else the time model's. */
function storedTime(v: Fields): StoredEventTime {
  const { allDay, startDate, endDate, startTime, endTime, startMonth, endMonth, timeZone: zone } = v;
  if (v.datePrecision === "month") return { allDay: true, ...monthSpan(startMonth, endMonth || startMonth), startAt: null, endAt: null, timeZone: zone };
  const time = eventTimeFromLocal({ allDay, startDate, endDate, startTime, endTime, timeZone: zone });
  if ("field" in time) throw new Error("unreachable: time checked by crossFieldIssues");
  return storedEventTime(time);
}

/** Converts the checked form fields into the columns to store (time via the event time model). */
function toEventInput(v: Fields): EventInput {
  const { host, allDay: _a, startDate: _sd, endDate: _ed, startTime: _st, endTime: _et, startMonth: _sm, endMonth: _em, timeZone: _z, ...rest } = v;
  const hostColumns = hostFromValue(host);
  if (!hostColumns) throw new Error("unreachable: host checked by its field");
  // Only a month-precision date is always all-day; a note on the host of no country is kept as typed.
  return { ...rest, ...hostColumns, ...storedTime(v) };
}

/**
 * API clients written before hosts had kinds send `countryCode`: it is the host when no `host` is
 * given (a code, or now also online/several/asean/unstated).
 */
export function withLegacyHost(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const record = input as Record<string, unknown>;
  if (record.host !== undefined || record.countryCode === undefined) return input;
  const { countryCode, ...rest } = record;
  return { ...rest, host: countryCode };
}

/**
 * The one schema for creating or editing an event, shared by the form's server action and the
 * JSON API. Unique slug, existing parent and the row version are checked by db/queries/staff-events.ts.
 */
export const eventInputSchema = z.preprocess(withLegacyHost, eventFieldsSchema.superRefine(crossFieldIssues, ALWAYS).transform(toEventInput));

/** A new event; `publish` makes it public at once (otherwise it starts as a draft). */
export const eventCreateSchema = z.preprocess(
  withLegacyHost,
  eventFieldsSchema
    .extend({ publish: checkbox })
    .superRefine(crossFieldIssues, ALWAYS)
    .transform(({ publish, ...fields }) => ({ publish, input: toEventInput(fields) })),
);

/** An edit names the event and carries the row version the editor started from (optimistic locking). */
export const eventUpdateSchema = z.preprocess(
  withLegacyHost,
  eventFieldsSchema
    .extend({ id: requiredId, version: requiredId })
    .superRefine(crossFieldIssues, ALWAYS)
    .transform(({ id, version, ...fields }) => ({ id, version, input: toEventInput(fields) })),
);

/** Form field names, for mapping errors and refilling values. */
export const EVENT_FORM_FIELDS = Object.keys(eventFieldsSchema.shape) as EventFieldName[];
