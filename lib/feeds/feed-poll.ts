import { type FeedBytes, isNotModified, type RequestHeaders, validatorHeaders } from "./feed-http";
import { parseFeedRequest } from "./feed-request";
import { feedRouteFromPath } from "./feed-routes";
import { feedCacheKey } from "./feed-selection";

/** A request as the HTTP server receives it: method, request target ("/feeds/all.ics?lang=en"), headers. */
export type PollRequest = { method: string; target: string; headers: RequestHeaders };

/**
 * The headers of the 304 for a subscriber's conditional poll (GET or HEAD with If-None-Match or
 * If-Modified-Since) of a feed whose current copy `peek` holds and the client already has; null
 * for every other request, which goes on to Next.js and the feed route (generation on a miss,
 * a changed feed, a bad query's 400, an unknown feed's 404).
 *
 * Polls are most of a feed's traffic, and Next's per-request routing costs far more than this
 * look-up (docs/FEEDS.md), so the production server asks this first. The route parses the same
 * URL with the same table (feed-routes.ts) and parseFeedRequest: both agree on which feed a URL is.
 */
export function feedPollNotModified(request: PollRequest, peek: (key: string) => FeedBytes | null): Record<string, string> | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.headers.get("if-none-match") === null && request.headers.get("if-modified-since") === null) return null;
  const queryStart = request.target.indexOf("?");
  const path = queryStart < 0 ? request.target : request.target.slice(0, queryStart);
  const route = feedRouteFromPath(path);
  if (!route) return null;
  const parsed = parseFeedRequest(route, new URLSearchParams(queryStart < 0 ? "" : request.target.slice(queryStart + 1)));
  if (!parsed.ok) return null;
  const feed = peek(feedCacheKey(parsed.selection, parsed.lang, parsed.range));
  return feed && isNotModified(request.headers, feed) ? validatorHeaders(feed) : null;
}
