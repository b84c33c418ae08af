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
 * An iCalendar file (RFC 5545, with RFC 7986 calendar properties) of `events`, in the given
 * order. Pure: the bytes depend only on the arguments.
 *
 * Every VEVENT and the calendar properties are serialised by ical-generator; this function
 * only puts them in RFC order (all calendar properties, then one VTIMEZONE per TZID used, then
 * the events) and folds the lines itself, once, in linear time (ical-generator 11 writes
 * REFRESH-INTERVAL after the VTIMEZONEs and its folding is the slowest step at 100,000 events).
 */
export function buildFeed(events: readonly FeedEvent[], options: BuildFeedOptions): string {
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
  // Folded one event at a time: no second pass over a string of the whole feed.
  // Drafts are never selected for feeds; refusing them here too keeps that true for any caller.
  const published = events.filter((e) => e.status !== "draft");
  const vevents = published.map((e) => foldContent(new ICalEvent(feedEventData(e, ctx), calendar).toString()));

  // Only zones that events really use, each defined once, in a fixed order.
  const used = new Set<string>();
  for (const e of published) {
    if (!e.allDay && zones.get(e.timeZone)) used.add(e.timeZone);
  }
  const vtimezones = [...used].sort().map((zone) => vtimezoneFor(zone)!);

  return `${foldContent(header)}${vtimezones.join("")}${vevents.join("")}END:VCALENDAR\r\n`;
}
