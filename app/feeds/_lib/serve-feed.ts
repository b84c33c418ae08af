import "server-only";
import { getDb } from "@/db/client";
import { localChangeCount, readDataVersion } from "@/db/data-version";
import { selectFeedData } from "@/db/queries/feed-events";
import { publicBaseUrl } from "@/lib/env";
import { buildFeed } from "@/lib/feeds/build-feed";
import { createFeedCache, type FeedCache, type Generated } from "@/lib/feeds/feed-cache";
import { feedBytes, feedErrorResponse, feedResponse } from "@/lib/feeds/feed-http";
import { type FeedRoute, parseFeedRequest } from "@/lib/feeds/feed-request";
import { feedCacheKey, feedCalendarInfo, type FeedSelection, selectionFilters } from "@/lib/feeds/feed-selection";
import { type FeedLang, feedErrorText } from "@/lib/feeds/feed-text";

// One cache per process, on globalThis: Next may load this module once per route bundle.
const holder = globalThis as typeof globalThis & { __feedCache?: FeedCache };

export function feedCache(): FeedCache {
  holder.__feedCache ??= createFeedCache({ localChangeCount, readDataVersion: () => readDataVersion(getDb()) });
  return holder.__feedCache;
}

function generate(selection: FeedSelection, lang: FeedLang): Generated {
  const baseUrl = publicBaseUrl();
  if (selection.kind === "event") {
    const { version, rows } = selectFeedData({ slug: selection.slug });
    if (rows.length === 0) return { version: version.version, feed: null };
    return { version: version.version, feed: feedBytes(buildFeed(rows, { lang, baseUrl, calendar: null }), version.changedAt) };
  }
  const { version, rows } = selectFeedData({ filters: selectionFilters(selection) });
  const text = buildFeed(rows, { lang, baseUrl, calendar: feedCalendarInfo(selection, lang, baseUrl) });
  return { version: version.version, feed: feedBytes(text, version.changedAt) };
}

/** GET and HEAD for every feed URL: validate, then serve from the cache (generating on a miss). */
export function serveFeed(request: Request, route: FeedRoute): Response {
  const parsed = parseFeedRequest(route, new URL(request.url).searchParams);
  if (!parsed.ok) return feedErrorResponse(parsed.status, parsed.message);
  const { selection, lang } = parsed;
  const feed = feedCache().get(feedCacheKey(selection, lang), () => generate(selection, lang));
  if (!feed) return feedErrorResponse(404, feedErrorText("notFound"));
  return feedResponse(request, feed, selection.kind === "event" ? { download: `${selection.slug}.ics` } : {});
}
