import { z } from "zod";
import { COUNTRY_CODES } from "@/lib/events/countries";
import type { EventFieldSource } from "@/lib/events/event-edit-form-values";
import { HOST_KINDS } from "@/lib/events/hosts";
import { EVENT_KINDS } from "@/lib/events/kinds";
import { SECTORS } from "@/lib/events/sectors";
import { eventPageUrl } from "@/lib/feeds/feed-event";
import { feedPath } from "@/lib/feeds/feed-selection";
import { DATE_PRECISIONS } from "@/lib/time/date-precision";
import { localizedTextSchema } from "./localized-text";

/**
 * An event as the public API gives it: both languages of every text, the time as the time model
 * has it (all-day local dates, or UTC instants with the venue's IANA zone; a month-only event has
 * its months and no day), the status, and the UID and SEQUENCE its feed entry carries. The schema
 * is the OpenAPI document's (lib/api/openapi-document.ts) and the serializer's return type.
 */
const text = localizedTextSchema;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoMonth = z.string().regex(/^\d{4}-\d{2}$/);

export const apiEventTimeSchema = z
  .object({
    precision: z.enum(DATE_PRECISIONS).meta({ description: "day: dated to the day; month: the source gives only the month(s), and no day is ever given." }),
    tentative: z.boolean().meta({ description: "Planned, to be confirmed (予定)." }),
    allDay: z.boolean().meta({ description: "Whole days of the host's local calendar (startDate–endDate), the same dates for every reader." }),
    startDate: isoDate.nullable().meta({ description: "First local day (inclusive) in the venue's zone; null for month precision." }),
    endDate: isoDate.nullable().meta({ description: "Last local day (inclusive); null for month precision." }),
    startMonth: isoMonth.nullable().meta({ description: "First month, for month precision only." }),
    endMonth: isoMonth.nullable().meta({ description: "Last month (inclusive), for month precision only." }),
    startAt: z.iso.datetime().nullable().meta({ description: "Start instant (UTC), for timed events only." }),
    endAt: z.iso.datetime().nullable().meta({ description: "End instant (UTC, exclusive), for timed events only." }),
    timeZone: z.string().meta({ description: "IANA zone of the venue, in which the event is shown first.", example: "Asia/Tokyo" }),
  })
  .meta({ id: "EventTime" });

export const apiEventSchema = z
  .object({
    id: z.number().int(),
    uid: z.string().meta({ description: "iCalendar UID: never changes, the same in every feed and language." }),
    sequence: z.number().int().meta({ description: "iCalendar SEQUENCE: raised when the date, time, place or status changes." }),
    slug: z.string(),
    status: z.enum(["published", "cancelled"]).meta({ description: "Drafts and deleted events are never in the API." }),
    cancelReason: text,
    kind: z.enum(EVENT_KINDS),
    sector: z.enum(SECTORS),
    special: z.boolean().meta({ description: "★: a special meeting held for the 50th anniversary." }),
    title: text,
    description: text,
    host: z
      .object({
        kind: z.enum(HOST_KINDS),
        country: z.enum(COUNTRY_CODES as [string, ...string[]]).nullable().meta({ description: "ISO 3166-1 alpha-2, only when the host is one country." }),
        note: text,
      })
      .meta({ id: "EventHost" }),
    city: text,
    venue: text,
    recurrence: text,
    time: apiEventTimeSchema,
    source: z.object({ url: z.string().nullable(), title: text, note: text }).meta({ id: "EventSource" }),
    parentId: z.number().int().nullable().meta({ description: "The phase this itinerary item belongs to." }),
    programId: z.number().int().nullable(),
    pages: text.meta({ description: "The event's page on this site in each language (absolute URLs)." }),
    ics: z.string().nullable().meta({ description: "The event as an iCalendar download; null for month-only events, which no calendar can hold." }),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Event" });

export type ApiEvent = z.infer<typeof apiEventSchema>;

export const apiEventListSchema = z
  .object({
    data: z.array(apiEventSchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as cursor for the next page; null on the last page." }),
    next: z.string().nullable().meta({ description: "The next page's full URL; null on the last page." }),
  })
  .meta({ id: "EventList" });

/** The columns the API reads (no private note, author or row version). */
export type ApiEventSource = EventFieldSource;

const pair = (ja: string, en: string) => ({ ja, en });

export function apiEvent(e: ApiEventSource, baseUrl: string): ApiEvent {
  const month = e.datePrecision === "month";
  return {
    id: e.id,
    uid: e.uid,
    sequence: e.sequence,
    slug: e.slug,
    status: e.status === "cancelled" ? "cancelled" : "published",
    cancelReason: pair(e.cancelReason, e.cancelReasonEn),
    kind: e.kind,
    sector: e.sector as ApiEvent["sector"],
    special: e.isSpecial,
    title: pair(e.titleJa, e.titleEn),
    description: pair(e.descriptionJa, e.descriptionEn),
    host: { kind: e.hostKind, country: e.countryCode, note: pair(e.hostNoteJa, e.hostNoteEn) },
    city: pair(e.cityJa, e.cityEn),
    venue: pair(e.venueJa, e.venueEn),
    recurrence: pair(e.recurrenceJa, e.recurrenceEn),
    time: {
      precision: e.datePrecision,
      tentative: e.isTentative,
      allDay: e.allDay,
      startDate: month ? null : e.startDate,
      endDate: month ? null : e.endDate,
      startMonth: month ? e.startDate.slice(0, 7) : null,
      endMonth: month ? e.endDate.slice(0, 7) : null,
      startAt: e.startAt?.toISOString() ?? null,
      endAt: e.endAt?.toISOString() ?? null,
      timeZone: e.timeZone,
    },
    source: { url: e.sourceUrl, title: pair(e.sourceTitleJa, e.sourceTitleEn), note: pair(e.sourceNoteJa, e.sourceNoteEn) },
    parentId: e.parentId,
    programId: e.programId,
    pages: pair(eventPageUrl(baseUrl, "ja", e.slug), eventPageUrl(baseUrl, "en", e.slug)),
    ics: month ? null : `${baseUrl}${feedPath({ kind: "event", slug: e.slug }, "en")}`,
    updatedAt: e.updatedAt.toISOString(),
  };
}
