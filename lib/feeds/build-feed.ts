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
 * An iCalendar file (RFC 5545, with RFC 7986 calendar properties) of the events in `batches`,
 * in the given order, as UTF-8 chunks: the calendar properties and VTIMEZONEs, one chunk per
 * non-empty batch, and the closing line. Joined, the chunks are the file. Pure: the bytes
 * depend only on the events and options, never on how they are split into batches.
 *
 * Batches are consumed one at a time, so a caller streaming rows from the database holds one
 * batch of rows and the finished chunks, never the whole feed twice (100,000 events are 74 MB).
 * Every VEVENT and the calendar properties are serialised by ical-generator; this function
 * only puts them in RFC order (all calendar properties, then one VTIMEZONE per TZID used, then
 * the events) and folds the lines itself, once, in linear time (ical-generator 11 writes
 * REFRESH-INTERVAL after the VTIMEZONEs and its folding is the slowest step at 100,000 events).
 */
export function buildFeed(batches: Iterable<readonly FeedEvent[]>, options: BuildFeedOptions): Buffer[] {
  const { lang, baseUrl } = options;
  const info = options.calendar;
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
  const header = calendar.toString().replace(/END:VCALENDAR$/, "");

  // Zones looked up so far; a zone with a VTIMEZONE is used by the event that looked it up.
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
  const eventChunks: Buffer[] = [];
  for (const batch of batches) {
    // Folded one event at a time: no second pass over a string of the whole feed.
    // Drafts are never selected for feeds; refusing them here too keeps that true for any caller.
    let text = "";
    for (const e of batch) {
      if (e.status !== "draft") text += foldContent(new ICalEvent(feedEventData(e, ctx), calendar).toString());
    }
    if (text) eventChunks.push(Buffer.from(text, "utf8"));
  }

  // Only zones that events really use, each defined once, in a fixed order, before the events:
  // known only once every event is written, which is why the chunks are assembled here.
  const used = [...zones].filter(([, zone]) => zone !== null).map(([name]) => name);
  const vtimezones = used.sort().map((zone) => vtimezoneFor(zone)!);
  return [Buffer.from(foldContent(header) + vtimezones.join(""), "utf8"), ...eventChunks, Buffer.from("END:VCALENDAR\r\n", "utf8")];
}
