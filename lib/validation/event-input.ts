import { z } from "zod";
import type { EditorErrorName } from "@/lib/errors";
import { COUNTRY_CODES } from "@/lib/events/countries";
import { EVENT_KINDS } from "@/lib/events/kinds";
import { SECTORS } from "@/lib/events/sectors";
import { daysBetween, isCalendarDate } from "@/lib/time/calendar-date";
import { eventTimeFromLocal, storedEventTime, type StoredEventTime } from "@/lib/time/event-time";
import { isLocalTime, isValidTimeZone } from "@/lib/time/zones";
import { calendarDate, localTime, MAX_SPAN_DAYS, optionalHttpUrl, optionalSlug, timeZone } from "./event-fields";
import { checkbox, choice, editorError, multiLineText, optionalId, requiredId, singleLineText } from "./text-fields";

export const TITLE_MAX = 300;
export const DESCRIPTION_MAX = 5000;
export const PLACE_MAX = 200;
export const RECURRENCE_MAX = 200;
export const STAFF_NOTE_MAX = 5000;

/** The fields of the event form, in the order the form shows them. */
export const eventFieldsSchema = z.object({
  kind: choice(EVENT_KINDS),
  titleJa: singleLineText({ max: TITLE_MAX, tooLong: editorError("titleTooLong") }),
  titleEn: singleLineText({ max: TITLE_MAX, tooLong: editorError("titleTooLong") }),
  slug: optionalSlug,
  descriptionJa: multiLineText({ max: DESCRIPTION_MAX, tooLong: editorError("descriptionTooLong") }),
  descriptionEn: multiLineText({ max: DESCRIPTION_MAX, tooLong: editorError("descriptionTooLong") }),
  sector: choice(SECTORS),
  countryCode: choice(COUNTRY_CODES as [string, ...string[]], "unknownCountry"),
  cityJa: singleLineText({ max: PLACE_MAX, tooLong: editorError("placeTooLong") }),
  cityEn: singleLineText({ max: PLACE_MAX, tooLong: editorError("placeTooLong") }),
  venueJa: singleLineText({ max: PLACE_MAX, tooLong: editorError("placeTooLong") }),
  venueEn: singleLineText({ max: PLACE_MAX, tooLong: editorError("placeTooLong") }),
  allDay: checkbox,
  startDate: calendarDate,
  startTime: localTime,
  endDate: calendarDate,
  endTime: localTime,
  timeZone,
  isSpecial: checkbox,
  recurrenceJa: singleLineText({ max: RECURRENCE_MAX, tooLong: editorError("recurrenceTooLong") }),
  recurrenceEn: singleLineText({ max: RECURRENCE_MAX, tooLong: editorError("recurrenceTooLong") }),
  sourceUrl: optionalHttpUrl,
  parentId: optionalId,
  programId: optionalId,
  staffNote: multiLineText({ max: STAFF_NOTE_MAX, tooLong: editorError("noteTooLong") }),
});

type Fields = z.infer<typeof eventFieldsSchema>;
export type EventFieldName = keyof Fields;

/** lib/time reports its problems in its own words. */
const TIME_ERRORS: Record<string, EditorErrorName> = { end_before_start: "endBeforeStart", nonexistent_local_time: "nonexistentLocalTime" };

/** Rules that involve more than one field; each issue is reported on the field to correct. */
function crossFieldIssues(v: Partial<Record<EventFieldName, unknown>>, ctx: z.RefinementCtx): void {
  // Runs even when parsing failed (see ALWAYS), so the input may not even be an object.
  if (typeof v !== "object" || v === null) return;
  const title = (s: unknown) => (typeof s === "string" ? s.trim() : "");
  if (title(v.titleJa) === "" && title(v.titleEn) === "") {
    for (const path of ["titleJa", "titleEn"]) ctx.addIssue({ code: "custom", message: editorError("titleRequired"), path: [path] });
  }
  const { startDate, endDate, startTime, endTime, timeZone: zone } = v;
  const allDay = v.allDay === true;
  if (!allDay) {
    if (startTime === "") ctx.addIssue({ code: "custom", message: editorError("timeRequired"), path: ["startTime"] });
    if (endTime === "") ctx.addIssue({ code: "custom", message: editorError("timeRequired"), path: ["endTime"] });
  }
  const datesOk = typeof startDate === "string" && isCalendarDate(startDate) && typeof endDate === "string" && isCalendarDate(endDate);
  const timesOk = allDay || (typeof startTime === "string" && isLocalTime(startTime) && typeof endTime === "string" && isLocalTime(endTime));
  if (!datesOk || !timesOk || typeof zone !== "string" || !isValidTimeZone(zone)) return;
  if (daysBetween(startDate, endDate) > MAX_SPAN_DAYS) {
    ctx.addIssue({ code: "custom", message: editorError("spanTooLong"), path: ["endDate"] });
    return;
  }
  const time = eventTimeFromLocal({ allDay, startDate, endDate, startTime: String(startTime), endTime: String(endTime), timeZone: zone });
  if ("field" in time) ctx.addIssue({ code: "custom", message: editorError(TIME_ERRORS[time.message] ?? "invalid"), path: [time.field] });
}

/** Cross-field rules run even when single fields failed, so every error shows at once. */
const ALWAYS = { when: () => true };

export type EventInput = Omit<Fields, "allDay" | "startDate" | "endDate" | "startTime" | "endTime" | "timeZone"> & StoredEventTime;

/** Converts the checked form fields into the columns to store (time via the event time model). */
function toEventInput(v: Fields): EventInput {
  const { allDay, startDate, endDate, startTime, endTime, timeZone: zone, ...rest } = v;
  const time = eventTimeFromLocal({ allDay, startDate, endDate, startTime, endTime, timeZone: zone });
  if ("field" in time) throw new Error("unreachable: time checked by crossFieldIssues");
  return { ...rest, ...storedEventTime(time) };
}

/**
 * The one schema for creating or editing an event, shared by the form's server action and the
 * JSON API. Unique slug, existing parent and the row version are checked by db/queries/staff-events.ts.
 */
export const eventInputSchema = eventFieldsSchema.superRefine(crossFieldIssues, ALWAYS).transform(toEventInput);

/** A new event; `publish` makes it public at once (otherwise it starts as a draft). */
export const eventCreateSchema = eventFieldsSchema
  .extend({ publish: checkbox })
  .superRefine(crossFieldIssues, ALWAYS)
  .transform(({ publish, ...fields }) => ({ publish, input: toEventInput(fields) }));

/** An edit names the event and carries the row version the editor started from (optimistic locking). */
export const eventUpdateSchema = eventFieldsSchema
  .extend({ id: requiredId, version: requiredId })
  .superRefine(crossFieldIssues, ALWAYS)
  .transform(({ id, version, ...fields }) => ({ id, version, input: toEventInput(fields) }));

/** Form field names, for mapping errors and refilling values. */
export const EVENT_FORM_FIELDS = Object.keys(eventFieldsSchema.shape) as EventFieldName[];
