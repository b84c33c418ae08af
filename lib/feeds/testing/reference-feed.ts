/**
 * Test support, not used by the app. `referenceFeed` is buildFeed as it was before feeds were
 * built in chunks (one string of the whole file, joined at the end, TextEncoder-ed once): the
 * oracle that proves the chunked output is byte for byte the same file.
 */
import ical, { ICalEvent } from "ical-generator";
import { IANAZone } from "luxon";
import { type BuildFeedOptions, FEED_PRODID, FEED_REFRESH_SECONDS } from "../build-feed";
import { type EventContext, type FeedEvent, feedEventData } from "../feed-event";
import { feedText } from "../feed-text";
import { foldContent } from "../fold-lines";
import { calendarText, calendarUri } from "../sanitize-text";
import { vtimezoneFor } from "../vtimezone";
import { ZoneOffsets } from "../zone-offsets";

export function referenceFeed(events: readonly FeedEvent[], options: BuildFeedOptions): Uint8Array {
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
  const published = events.filter((e) => e.status !== "draft");
  const vevents = published.map((e) => foldContent(new ICalEvent(feedEventData(e, ctx), calendar).toString()));
  const used = new Set<string>();
  for (const e of published) {
    if (!e.allDay && zones.get(e.timeZone)) used.add(e.timeZone);
  }
  const vtimezones = [...used].sort().map((zone) => vtimezoneFor(zone)!);
  return new TextEncoder().encode(`${foldContent(header)}${vtimezones.join("")}${vevents.join("")}END:VCALENDAR\r\n`);
}

/** The file the chunks make up, as text. */
export function joinChunks(chunks: readonly Uint8Array[]): string {
  return Buffer.concat(chunks).toString("utf8");
}

/** `events` in batches of `size`, as the database hands them to buildFeed. */
export function inBatches<T>(events: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < events.length; i += size) batches.push(events.slice(i, i + size));
  return batches;
}
