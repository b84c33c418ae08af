import { type FeedBytes, isNotModified, type RequestHeaders, validatorHeaders } from "./feed-http";
import { feedRouteFromPath, parseFeedRequest } from "./feed-request";
import { feedCacheKey } from "./feed-selection";

/** A request as the HTTP server receives it: method, request target ("/feeds/all.ics?lang=en"), headers. */
export type PollRequest = { method: string; target: string; headers: RequestHeaders };
/** What the production server calls for every request (published on globalThis by the feed cache's owner). */
export type AnswerFeedPoll = (request: PollRequest) => Record<string, string> | null;

/**
 * The headers of the 304 for a subscriber's conditional poll (GET or HEAD with If-None-Match or
 * If-Modified-Since) of a feed whose current copy `peek` holds and the client already has; null
 * for every other request, which goes on to Next.js and the feed's route (generation on a miss,
 * a changed feed, a bad query's 400, an unknown feed's 404).
 *
 * Called by the production server (scripts/server.mjs) before Next.js sees the request: polls
 * are most of a feed's traffic, and Next's per-request work costs ~20 times this (docs/BENCHMARKS.md).
 * The route parses the same URL with the same parseFeedRequest, so both agree on which feed
 * a URL is; a percent-encoded path is left to Next, which decodes it (feedRouteFromPath).
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
