import type { Event } from "@/db/schema";
import { localized } from "@/i18n/localized";
import { knownPlaceParts } from "@/lib/events/hosts";
import { type StoredEventDate } from "@/lib/time/date-precision";
import type { Locale } from "@/lib/time/format";
import { instantToLocal, utcOffsetMinutes } from "@/lib/time/wall-clock";

/** The columns of an event that its structured data is made of. */
export type JsonLdEvent = StoredEventDate &
  Pick<Event, "slug" | "titleJa" | "titleEn" | "descriptionJa" | "descriptionEn" | "status" | "hostKind" | "countryCode" | "cityJa" | "cityEn" | "venueJa" | "venueEn">;

const SCHEMA = "https://schema.org";

const two = (n: number) => String(Math.floor(n)).padStart(2, "0");

/** An instant as ISO 8601 with the venue's offset: "2023-11-12T14:00:00+09:00" (Google asks for the offset of timed events). */
export function isoWithOffset(instant: Date, zone: string): string {
  const { date, time } = instantToLocal(instant, zone);
  const minutes = utcOffsetMinutes(instant, zone);
  const offset = minutes === 0 ? "Z" : `${minutes > 0 ? "+" : "-"}${two(Math.abs(minutes) / 60)}:${two(Math.abs(minutes) % 60)}`;
  return `${date}T${time}:00${offset}`;
}

/**
 * startDate and endDate as precise as the event is dated, and no more, matching its feed entry:
 * timed events as date-times with the venue's offset (the feed's instants); all-day events as their
 * first and last dates (the feed's DTEND is the day after the last, as iCalendar counts); a
 * month-only event, which has no feed entry, as its months ("2023-12", ISO 8601's reduced
 * precision, which schema.org's Date accepts): no day is invented for it.
 */
export function jsonLdDates(e: StoredEventDate): { startDate: string; endDate: string } {
  if (e.datePrecision === "month") return { startDate: e.startDate.slice(0, 7), endDate: e.endDate.slice(0, 7) };
  if (!e.allDay && e.startAt && e.endAt) return { startDate: isoWithOffset(e.startAt, e.timeZone), endDate: isoWithOffset(e.endAt, e.timeZone) };
  return { startDate: e.startDate, endDate: e.endDate };
}

/** Where it is, as far as the data knows: a VirtualLocation online, a Place with what is known of its address, or nothing. */
function location(e: JsonLdEvent, locale: Locale, pageUrl: string) {
  const parts = knownPlaceParts(e, locale);
  if (parts.length === 0) return undefined;
  const name = parts.join(", ");
  // No joining address is published: the event's page is where the public learns about it.
  if (e.hostKind === "online") return { "@type": "VirtualLocation", name, url: pageUrl };
  const city = localized(e.cityJa, e.cityEn, locale).text.trim();
  const address = { ...(city && { addressLocality: city }), ...(e.countryCode && { addressCountry: e.countryCode }) };
  return { "@type": "Place", name, ...(Object.keys(address).length > 0 && { address: { "@type": "PostalAddress", ...address } }) };
}

export type JsonLdContext = {
  locale: Locale;
  baseUrl: string;
  /** The preview image (app/og), absolute. */
  image?: string;
  /** The phase this event is an item of. */
  parent?: JsonLdEvent;
  /** The program this event (or its phase) belongs to, with its page. */
  program?: { nameJa: string; nameEn: string; url: string };
  /** Earlier start dates of a public event that was moved (db/queries/event-reschedules.ts), oldest first. */
  previousStarts?: StoredEventDate[];
};

const pageUrlOf = (baseUrl: string, locale: Locale, slug: string) => `${baseUrl}/${locale}/events/${slug}`;

/**
 * The schema.org Event of an event page, following the rules Google documents for event rich
 * results where the data allows: name and url in the page's language; startDate/endDate as its
 * feed entry has them (jsonLdDates); eventStatus Cancelled, Rescheduled (with previousStartDate)
 * when a published event was moved, else Scheduled (a planned event is scheduled; its page says it
 * is planned); attendance online or offline; location only as far as it is known (an unstated host
 * has none: nothing is guessed); superEvent: the phase of an item, or the program's series. No
 * organizer: the data records hosts, not organisers.
 */
export function eventJsonLd(e: JsonLdEvent, ctx: JsonLdContext): Record<string, unknown> {
  const { locale, baseUrl } = ctx;
  const url = pageUrlOf(baseUrl, locale, e.slug);
  const description = localized(e.descriptionJa, e.descriptionEn, locale).text.trim();
  const moved = e.status !== "cancelled" && (ctx.previousStarts?.length ?? 0) > 0;
  const place = location(e, locale, url);
  const superEvent = ctx.parent
    ? { "@type": "Event", name: localized(ctx.parent.titleJa, ctx.parent.titleEn, locale).text, url: pageUrlOf(baseUrl, locale, ctx.parent.slug), ...jsonLdDates(ctx.parent) }
    : ctx.program
      ? { "@type": "EventSeries", name: localized(ctx.program.nameJa, ctx.program.nameEn, locale).text, url: ctx.program.url }
      : undefined;
  return {
    "@context": SCHEMA,
    "@type": "Event",
    "@id": `${url}#event`,
    name: localized(e.titleJa, e.titleEn, locale).text,
    url,
    inLanguage: locale,
    ...(description && { description }),
    ...jsonLdDates(e),
    eventStatus: `${SCHEMA}/${e.status === "cancelled" ? "EventCancelled" : moved ? "EventRescheduled" : "EventScheduled"}`,
    ...(moved && { previousStartDate: ctx.previousStarts!.map((p) => jsonLdDates(p).startDate) }),
    ...(e.hostKind !== "unstated" && { eventAttendanceMode: `${SCHEMA}/${e.hostKind === "online" ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode"}` }),
    ...(place && { location: place }),
    ...(ctx.image && { image: [ctx.image] }),
    ...(superEvent && { superEvent }),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped, so no text can close the script element. */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
