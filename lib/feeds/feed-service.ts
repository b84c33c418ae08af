import type { DataVersionTracker } from "@/lib/caching/data-version-tracker";
import { buildFeed } from "./build-feed";
import type { FeedEvent } from "./feed-event";
import { createFeedBytesCache, type FeedBytes, feedBytes, feedErrorResponse, feedResponse } from "./feed-http";
import { feedPollNotModified, type PollRequest } from "./feed-poll";
import { type FeedRequest, parseFeedRequest } from "./feed-request";
import { feedRouteFromSegments } from "./feed-routes";
import { feedCacheKey, feedCalendarInfo, type FeedQuery, feedQuery } from "./feed-selection";
import { feedErrorText } from "./feed-text";
import type { FeedRange, FeedWindow } from "./feed-window";

/** The data version a feed is read at, and which of its events it carries. */
export type FeedSnapshot = { version: { version: number; changedAt: Date }; window: FeedWindow };

/**
 * Reads a feed's events in one read transaction and hands them to `build`, which consumes them
 * while the transaction is open (db/queries/feed-events.ts).
 */
export type FeedReader = <T>(query: FeedQuery, range: FeedRange, build: (snapshot: FeedSnapshot, events: Iterable<FeedEvent>) => T) => T;

export type FeedServiceDeps = {
  tracker: DataVersionTracker;
  readFeed: FeedReader;
  /** Origin of the public site, for the links in feeds (no trailing slash). */
  baseUrl: string;
  /** Feeds kept at most, and their bytes at most: filter.ics takes free text. */
  maxFeeds?: number;
  maxBytes?: number;
};

/**
 * Every feed URL, as one service: request → cache → build. A feed is generated once per data
 * version (buildFeed, in the thread serving the request) and then served from memory: while
 * nothing changes a request costs a look-up, no SQL and no generation. Misses (404) are not
 * cached, so unknown URLs cannot push real feeds out. See docs/FEEDS.md.
 */
export function createFeedService(deps: FeedServiceDeps) {
  const cache = createFeedBytesCache(deps.tracker, { maxFeeds: deps.maxFeeds ?? 300, maxBytes: deps.maxBytes ?? 512 * 1024 * 1024 });
  const stats = { generated: 0, answeredBeforeNext: 0 };

  function generate(request: FeedRequest): { version: number; value: FeedBytes | null } {
    const { selection, lang, range } = request;
    stats.generated += 1;
    return deps.readFeed(feedQuery(selection), range, (snapshot, events) => {
      const { version, window } = snapshot;
      // A single-event download of an event that is not there: a 404.
      if (selection.kind === "event" && window.total === 0) return { version: version.version, value: null };
      // A single-event download has none of the subscription properties.
      const calendar = selection.kind === "event" ? null : feedCalendarInfo(selection, lang, deps.baseUrl, window);
      return { version: version.version, value: feedBytes(buildFeed(events, { lang, baseUrl: deps.baseUrl, calendar }), version.changedAt) };
    });
  }

  /** The feed a valid request asks for, from the cache or generated now; null for an unknown event. */
  function feedFor(request: FeedRequest): FeedBytes | null {
    return cache.getOrCompute(feedCacheKey(request.selection, request.lang, request.range), () => generate(request));
  }

  return {
    /** GET and HEAD for a feed URL: validate, then serve from the cache (generating on a miss). */
    serve(request: Request, segments: readonly string[]): Response {
      const route = feedRouteFromSegments(segments);
      if (!route) return feedErrorResponse(404, feedErrorText("notFound"));
      const parsed = parseFeedRequest(route, new URL(request.url).searchParams);
      if (!parsed.ok) return feedErrorResponse(parsed.status, parsed.message);
      const feed = feedFor(parsed);
      if (!feed) return feedErrorResponse(404, feedErrorText("notFound"));
      return feedResponse(request, feed, parsed.selection.kind === "event" ? { download: `${parsed.selection.slug}.ics` } : {});
    },

    /**
     * The 304 headers for a current poll of a cached feed, else null: what the production server
     * (server/main.mjs) asks before handing a request to Next.js (lib/feeds/feed-poll.ts).
     */
    answerPoll(request: PollRequest): Record<string, string> | null {
      const notModified = feedPollNotModified(request, (key) => cache.get(key) ?? null);
      if (notModified) stats.answeredBeforeNext += 1;
      return notModified;
    },

    /** For /api/health. */
    stats: () => ({ cachedFeeds: cache.size(), cachedBytes: cache.bytes(), ...stats }),
  };
}

export type FeedService = ReturnType<typeof createFeedService>;
