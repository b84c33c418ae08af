import { capitalTimeZone, type CountryCode } from "./countries";
import type { Event } from "@/db/schema";
import { eventTimeFromRow, eventTimeToLocal } from "@/lib/time/event-time";
import type { EventFieldName } from "@/lib/validation/event-input";

/** The event form's fields as the strings an HTML form holds ("on" for checked boxes). */
export type EventFormValues = Partial<Record<EventFieldName | "id" | "version", string>>;

const box = (checked: boolean) => (checked ? "on" : "");

/** The form filled with a stored event (times shown in the venue's zone). */
export function eventFormValues(event: Event): EventFormValues {
  const time = eventTimeToLocal(eventTimeFromRow(event));
  return {
    id: String(event.id),
    version: String(event.version),
    kind: event.kind,
    titleJa: event.titleJa,
    titleEn: event.titleEn,
    slug: event.slug,
    descriptionJa: event.descriptionJa,
    descriptionEn: event.descriptionEn,
    sector: event.sector,
    countryCode: event.countryCode,
    cityJa: event.cityJa,
    cityEn: event.cityEn,
    venueJa: event.venueJa,
    venueEn: event.venueEn,
    allDay: box(time.allDay),
    startDate: time.startDate,
    startTime: time.startTime,
    endDate: time.endDate,
    endTime: time.endTime,
    timeZone: time.timeZone,
    isSpecial: box(event.isSpecial),
    recurrenceJa: event.recurrenceJa,
    recurrenceEn: event.recurrenceEn,
    sourceUrl: event.sourceUrl ?? "",
    parentId: event.parentId === null ? "" : String(event.parentId),
    programId: event.programId === null ? "" : String(event.programId),
    staffNote: event.staffNote,
  };
}

/**
 * A blank form: a meeting in Japan, in Tokyo's zone. With `parent`, an itinerary item under that
 * phase (same program, kind, sector, country and zone, starting on the phase's first day).
 */
export function newEventFormValues(parent?: Event): EventFormValues {
  const country: CountryCode = "JP";
  if (!parent) return { kind: "meeting", sector: "", countryCode: country, timeZone: capitalTimeZone(country), allDay: "" };
  return {
    kind: parent.kind,
    sector: parent.sector,
    countryCode: parent.countryCode,
    timeZone: parent.timeZone,
    allDay: box(parent.allDay),
    startDate: parent.startDate,
    endDate: parent.startDate,
    parentId: String(parent.id),
    programId: parent.programId === null ? "" : String(parent.programId),
  };
}
