import ical, { ICalEvent } from "ical-generator";
import { IANAZone } from "luxon";
import { type EventContext, type FeedEvent, feedEventData } from "./feed-event";
import { type FeedLang, feedText } from "./feed-text";
import { foldContent } from "./fold-lines";
import { calendarText, calendarUri } from "./sanitize-text";
import { vtimezoneFor } from "./vtimezone";
import { ZoneOffsets } from "./zone-offsets";

/** Suggested refresh interval (REFRESH-INTERVAL and X-PUBLISHED-TTL): one hour. */
export const FEED_REFRESH_SECONDS = 3600;

/** Stable across requests, deploys and languages ("EN" is the language of this identifier). */
export const FEED_PRODID = { company: "Japan-ASEAN 2023 Schedule", product: "Public schedule feeds", language: "EN" };

export type FeedCalendarInfo = {
  /** NAME and X-WR-CALNAME. */
  name: string;
  /** X-WR-CALDESC. */
  description: string;
  /** URL: the web page showing the same events. */
  url: string;
  /** SOURCE: where this feed is fetched from. */
  source: string;
};

export type BuildFeedOptions = {
  lang: FeedLang;
  /** Origin of the public site, for event page links (no trailing slash). */
  baseUrl: string;
  /** Calendar properties of a subscribable feed; null for a one-off single-event download. */
  calendar: FeedCalendarInfo | null;
};

/**
 * The event context of a feed in `lang`, with a memoised zone look-up: a zone with a VTIMEZONE
 * is used by the event that looked it up, so `zonesWithVtimezone()` lists the zones used so far.
 */
export function feedEventContext(lang: FeedLang, baseUrl: string): { ctx: EventContext; zonesWithVtimezone: () => string[] } {
  const zones = new Map<string, ZoneOffsets | null>();
  const ctx: EventContext = {
    lang,
    baseUrl,
    text: feedText(lang),
    zoneWithVtimezone(name) {
      let zone = zones.get(name);
      if (zone === undefined) {
        const candidate = IANAZone.create(name);
        zone = candidate.isValid && vtimezoneFor(name) ? new ZoneOffsets(candidate) : null;
        zones.set(name, zone);
      }
      return zone;
    },
  };
  return { ctx, zonesWithVtimezone: () => [...zones].filter(([, zone]) => zone !== null).map(([name]) => name) };
}

/** The calendar's own lines (BEGIN:VCALENDAR and its properties), unfolded; `info` for a subscribable feed. */
export function calendarProperties(info: FeedCalendarInfo | null): string {
  const calendar = ical({
    prodId: FEED_PRODID,
    scale: "GREGORIAN",
    ...(info && {
      name: calendarText(info.name),
      description: calendarText(info.description),
      url: calendarUri(info.url),
      source: calendarUri(info.source),
      ttl: FEED_REFRESH_SECONDS,
    }),
  });
  return calendar.toString().replace(/END:VCALENDAR$/, "");
}

/** The events of one part of a feed, serialised: UTF-8 chunks and the zones they need a VTIMEZONE for. */
export type SerializedEvents = { chunks: Uint8Array[]; zones: string[] };

/**
 * The VEVENTs of `batches`, in order, one UTF-8 chunk per non-empty batch, and the time zones
 * they use that have a VTIMEZONE. Every VEVENT is serialised by ical-generator; the lines are
 * folded here, once per event, in linear time (ical-generator's folding is the slowest step at
 * 100,000 events). A feed may be serialised in parts, in several threads, and then assembled.
 * With `emit`, each chunk is handed over as soon as it is encoded and not kept (`chunks` stays
 * empty): a worker thread sends it on at once instead of holding its whole part.
 */
export function serializeEvents(
  batches: Iterable<readonly FeedEvent[]>,
  options: Pick<BuildFeedOptions, "lang" | "baseUrl">,
  emit?: (chunk: Uint8Array) => void,
): SerializedEvents {
  const { lang, baseUrl } = options;
  const calendar = ical();
  const { ctx, zonesWithVtimezone } = feedEventContext(lang, baseUrl);
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const send = emit ?? ((chunk: Uint8Array) => chunks.push(chunk));
  for (const batch of batches) {
    // Folded one event at a time: no second pass over a string of the whole feed.
    // Drafts are never selected for feeds; refusing them here too keeps that true for any caller.
    let text = "";
    for (const e of batch) {
      if (e.status !== "draft") text += foldContent(new ICalEvent(feedEventData(e, ctx), calendar).toString());
    }
    // TextEncoder, not Buffer.from: each chunk owns its memory, so a worker can transfer it.
    if (text) send(encoder.encode(text));
  }
  return { chunks, zones: zonesWithVtimezone() };
}

/**
 * The iCalendar file (RFC 5545, with RFC 7986 calendar properties) of events serialised in
 * `parts`, in the order given, as UTF-8 chunks: the calendar properties, one VTIMEZONE per zone
 * any part uses (sorted: the bytes never depend on how the events were split), the events' chunks,
 * and the closing line. Calendar properties come before the VTIMEZONEs, as RFC 5545 orders
 * them (ical-generator 11 writes REFRESH-INTERVAL after the VTIMEZONEs).
 */
export function assembleFeed(parts: readonly SerializedEvents[], options: BuildFeedOptions): Uint8Array[] {
  const header = calendarProperties(options.calendar);
  const zones = [...new Set(parts.flatMap((part) => part.zones))].sort();
  const encoder = new TextEncoder();
  return [
    encoder.encode(foldContent(header) + zones.map((zone) => vtimezoneFor(zone)!).join("")),
    ...parts.flatMap((part) => part.chunks),
    encoder.encode("END:VCALENDAR\r\n"),
  ];
}

/**
 * An iCalendar file of the events in `batches`, in the given order, as UTF-8 chunks (see
 * assembleFeed). Joined, the chunks are the file. Pure: the bytes depend only on the events and
 * options, never on how they are split into batches or parts. Batches are consumed one at a
 * time, so a caller streaming rows from the database holds one batch of rows and the finished
 * chunks, never the whole feed twice (100,000 events are 74 MB).
 */
export function buildFeed(batches: Iterable<readonly FeedEvent[]>, options: BuildFeedOptions): Uint8Array[] {
  return assembleFeed([serializeEvents(batches, options)], options);
}
