import { assembleFeed, type SerializedEvents, serializeEvents } from "./build-feed";
import type { DataVersion, Generated } from "./feed-cache";
import type { FeedEvent } from "./feed-event";
import { feedBytes } from "./feed-http";
import type { FeedRequest } from "./feed-request";
import { feedCalendarInfo } from "./feed-selection";
import type { FeedWindow } from "./feed-window";

/** The data version a feed is read at, and which of its events it carries. */
export type FeedSnapshot = { version: DataVersion; window: FeedWindow };

/**
 * The feed a request asks for, from one snapshot of its events serialised in `parts` (by feed
 * worker threads, or one part in this thread): the chunks, their ETag and Last-Modified. A
 * single-event download of an event that is not there is null (a 404).
 */
export function feedFromParts(request: FeedRequest, baseUrl: string, snapshot: FeedSnapshot, parts: readonly SerializedEvents[]): Generated {
  const { selection, lang } = request;
  const { version, window } = snapshot;
  if (selection.kind === "event" && window.total === 0) return { version: version.version, feed: null };
  // A single-event download has none of the subscription properties.
  const calendar = selection.kind === "event" ? null : feedCalendarInfo(selection, lang, baseUrl, window);
  return { version: version.version, feed: feedBytes(assembleFeed(parts, { lang, baseUrl, calendar }), version.changedAt) };
}

/**
 * The feed a request asks for, generated in this thread from one snapshot of its events (handed
 * over in batches by db/queries/feed-events.ts, and consumed one batch at a time).
 */
export function generateFeed(request: FeedRequest, baseUrl: string, snapshot: FeedSnapshot, batches: Iterable<readonly FeedEvent[]>): Generated {
  return feedFromParts(request, baseUrl, snapshot, [serializeEvents(batches, { lang: request.lang, baseUrl })]);
}
