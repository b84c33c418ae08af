import "server-only";
import { getDb } from "@/db/client";
import { localChangeCount, readDataVersion } from "@/db/data-version";
import { readFeedEvents } from "@/db/queries/feed-events";
import { publicBaseUrl } from "@/lib/env";
import { createFeedCache, type FeedCache, type Generated } from "@/lib/feeds/feed-cache";
import { feedErrorResponse, feedResponse } from "@/lib/feeds/feed-http";
import { type FeedRequest, type FeedRoute, parseFeedRequest } from "@/lib/feeds/feed-request";
import { feedCacheKey, selectionFilters } from "@/lib/feeds/feed-selection";
import { feedErrorText } from "@/lib/feeds/feed-text";
import { generateFeed } from "@/lib/feeds/generate-feed";

// One cache per process, on globalThis: Next may load this module once per route bundle.
const holder = globalThis as typeof globalThis & { __feedCache?: FeedCache };

export function feedCache(): FeedCache {
  holder.__feedCache ??= createFeedCache({ localChangeCount, readDataVersion: () => readDataVersion(getDb()) });
  return holder.__feedCache;
}

function generate(request: FeedRequest): Generated {
  const { selection } = request;
  const query = selection.kind === "event" ? { slug: selection.slug } : { filters: selectionFilters(selection) };
  return readFeedEvents(query, request.range, (snapshot, batches) => generateFeed(request, publicBaseUrl(), snapshot, batches));
}

/** GET and HEAD for every feed URL: validate, then serve from the cache (generating on a miss). */
export function serveFeed(request: Request, route: FeedRoute): Response {
  const parsed = parseFeedRequest(route, new URL(request.url).searchParams);
  if (!parsed.ok) return feedErrorResponse(parsed.status, parsed.message);
  const { selection, lang, range } = parsed;
  const feed = feedCache().get(feedCacheKey(selection, lang, range), () => generate(parsed));
  if (!feed) return feedErrorResponse(404, feedErrorText("notFound"));
  return feedResponse(request, feed, selection.kind === "event" ? { download: `${selection.slug}.ics` } : {});
}
