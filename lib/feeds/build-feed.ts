import ical, { ICalEvent } from "ical-generator";
import { IANAZone } from "luxon";
import { type EventContext, type FeedEvent, feedEventData, isFeedable } from "./feed-event";
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

/** Bytes per chunk of a feed's events (a chunk holds whole events; a larger event gets its own). */
const CHUNK_BYTES = 1 << 20;

/**
 * The iCalendar file (RFC 5545, with RFC 7986 calendar properties) of `events`, in the order
 * given, as UTF-8 chunks: the calendar properties, one VTIMEZONE per zone the events use (sorted),
 * the VEVENTs in chunks of about a megabyte, and the closing line. Joined, the chunks are the
 * file. Pure: the bytes depend only on the events and options.
 *
 * Events are consumed as they come, and each VEVENT is encoded into the current chunk as soon as
 * it is serialised, so that a caller streaming rows from the database never holds the rows, a
 * string of the feed, or its bytes twice (100,000 events are 74 MB): the garbage is one event's
 * text at a time. Every VEVENT is serialised by ical-generator; lines are folded here, once per
 * event, in linear time. Calendar properties come before the VTIMEZONEs, as RFC 5545 orders them
 * (ical-generator 11 writes REFRESH-INTERVAL after the VTIMEZONEs).
 */
export function buildFeed(events: Iterable<FeedEvent>, options: BuildFeedOptions): Uint8Array[] {
  const calendar = ical();
  const { ctx, zonesWithVtimezone } = feedEventContext(options.lang, options.baseUrl);
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const buffer = new Uint8Array(CHUNK_BYTES);
  let used = 0;
  const flush = () => {
    if (used > 0) chunks.push(buffer.slice(0, used));
    used = 0;
  };
  for (const e of events) {
    if (!isFeedable(e)) continue;
    const text = foldContent(new ICalEvent(feedEventData(e, ctx), calendar).toString());
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (used + text.length * 3 > CHUNK_BYTES) flush();
    if (text.length * 3 > CHUNK_BYTES) chunks.push(encoder.encode(text));
    else used += encoder.encodeInto(text, buffer.subarray(used)).written;
  }
  flush();
  const header = foldContent(calendarProperties(options.calendar)) + zonesWithVtimezone().sort().map((zone) => vtimezoneFor(zone)!).join("");
  return [encoder.encode(header), ...chunks, encoder.encode("END:VCALENDAR\r\n")];
}
