import { capitalTimeZone, type CountryCode } from "./countries";
import { hostValue } from "./hosts";
import type { Event } from "@/db/schema";
import { eventTimeFromRow, eventTimeToLocal } from "@/lib/time/event-time";
import type { EventFieldName } from "@/lib/validation/event-input";

/** The event form's fields as the strings an HTML form holds ("on" for checked boxes). */
export type EventFormValues = Partial<Record<EventFieldName | "id" | "version", string>>;

const box = (checked: boolean) => (checked ? "on" : "");

/**
 * The date fields of a stored event: a month-precision event fills the month fields only, so the
 * form never shows a day for it (its stored first and last days are not days the source gives).
 */
function dateValues(event: EventFieldSource): EventFormValues {
  if (event.datePrecision === "month") {
    return { datePrecision: "month", allDay: "on", startMonth: event.startDate.slice(0, 7), endMonth: event.endDate.slice(0, 7), timeZone: event.timeZone };
  }
  const time = eventTimeToLocal(eventTimeFromRow(event));
  return {
    datePrecision: "day",
    allDay: box(time.allDay),
    startDate: time.startDate,
    startTime: time.startTime,
    endDate: time.endDate,
    endTime: time.endTime,
    timeZone: time.timeZone,
  };
}

/** The columns the form's fields are filled from (what the public may see, but for the private note). */
export type EventFieldSource = Omit<Event, "version" | "staffNote" | "seedKey" | "deletedAt" | "updatedBy">;

/** The form filled with a stored event (times shown in the venue's zone). */
export function eventFormValues(event: Event): EventFormValues {
  return { id: String(event.id), version: String(event.version), ...eventFieldValues(event), staffNote: event.staffNote };
}

/** The form's fields but the private note, from an event's columns: also what an export writes (lib/export). */
export function eventFieldValues(event: EventFieldSource): EventFormValues {
  return {
    kind: event.kind,
    titleJa: event.titleJa,
    titleEn: event.titleEn,
    slug: event.slug,
    descriptionJa: event.descriptionJa,
    descriptionEn: event.descriptionEn,
    sector: event.sector,
    host: hostValue(event),
    hostNoteJa: event.hostNoteJa,
    hostNoteEn: event.hostNoteEn,
    cityJa: event.cityJa,
    cityEn: event.cityEn,
    venueJa: event.venueJa,
    venueEn: event.venueEn,
    isTentative: box(event.isTentative),
    startDate: "",
    startTime: "",
    endDate: "",
    endTime: "",
    startMonth: "",
    endMonth: "",
    ...dateValues(event),
    isSpecial: box(event.isSpecial),
    recurrenceJa: event.recurrenceJa,
    recurrenceEn: event.recurrenceEn,
    sourceUrl: event.sourceUrl ?? "",
    sourceTitleJa: event.sourceTitleJa,
    sourceTitleEn: event.sourceTitleEn,
    sourceNoteJa: event.sourceNoteJa,
    sourceNoteEn: event.sourceNoteEn,
    parentId: event.parentId === null ? "" : String(event.parentId),
    programId: event.programId === null ? "" : String(event.programId),
  };
}

/**
 * A blank form: a meeting in Japan, in Tokyo's zone, dated by day. With `parent`, an itinerary
 * item under that phase (same program, kind, sector, host, zone and source, starting on the
 * phase's first day).
 */
export function newEventFormValues(parent?: Event): EventFormValues {
  const country: CountryCode = "JP";
  if (!parent) return { kind: "meeting", sector: "", host: country, datePrecision: "day", timeZone: capitalTimeZone(country), allDay: "" };
  return {
    kind: parent.kind,
    sector: parent.sector,
    host: hostValue(parent),
    hostNoteJa: parent.hostNoteJa,
    hostNoteEn: parent.hostNoteEn,
    datePrecision: "day",
    timeZone: parent.timeZone,
    allDay: box(parent.allDay),
    startDate: parent.datePrecision === "day" ? parent.startDate : "",
    endDate: parent.datePrecision === "day" ? parent.startDate : "",
    sourceTitleJa: parent.sourceTitleJa,
    sourceTitleEn: parent.sourceTitleEn,
    parentId: String(parent.id),
    programId: parent.programId === null ? "" : String(parent.programId),
  };
}
