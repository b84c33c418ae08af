/**
 * Test support, not used by the app. `referenceFeed` builds a feed as one string of the whole
 * file, joined at the end and encoded once: the oracle that proves buildFeed's chunked output is
 * byte for byte the same file. It shares the calendar properties and the event context with
 * buildFeed; what it checks is the chunking, ordering, folding and assembling.
 */
import ical, { ICalEvent } from "ical-generator";
import { type BuildFeedOptions, calendarProperties, feedEventContext } from "@/lib/feeds/build-feed";
import { type FeedEvent, feedEventData, isFeedable } from "@/lib/feeds/feed-event";
import { foldContent } from "@/lib/feeds/fold-lines";
import { vtimezoneFor } from "@/lib/feeds/vtimezone";

export function referenceFeed(events: readonly FeedEvent[], options: BuildFeedOptions): Uint8Array {
  const header = calendarProperties(options.calendar);
  const { ctx } = feedEventContext(options.lang, options.baseUrl);
  const calendar = ical();
  const published = events.filter(isFeedable);
  const vevents = published.map((e) => foldContent(new ICalEvent(feedEventData(e, ctx), calendar).toString()));
  const used = new Set<string>();
  for (const e of published) {
    if (!e.allDay && ctx.zoneWithVtimezone(e.timeZone)) used.add(e.timeZone);
  }
  const vtimezones = [...used].sort().map((zone) => vtimezoneFor(zone)!);
  return new TextEncoder().encode(`${foldContent(header)}${vtimezones.join("")}${vevents.join("")}END:VCALENDAR\r\n`);
}

/** The file the chunks make up, as text. */
export function joinChunks(chunks: readonly Uint8Array[]): string {
  return Buffer.concat(chunks).toString("utf8");
}
