import type { DataVersionTracker } from "@/lib/caching/data-version-tracker";
import { parseScheduleFilters, type ScheduleFilters } from "@/lib/events/schedule-filters";
import { createFeedBytesCache, type FeedBytes, feedBytes, feedErrorResponse, feedResponse, isNotModified, validatorHeaders } from "@/lib/feeds/feed-http";
import type { PollRequest } from "@/lib/feeds/feed-poll";
import { DEFAULT_FEED_LANG, type FeedLang, feedErrorText } from "@/lib/feeds/feed-text";
import { ATOM_ENTRIES, buildChangesAtom } from "./changes-atom";
import { changesFeedPath } from "./changes-view";
import type { ChangeEntry } from "./public-change";

/** The one path of the changelog's Atom feed; the schedule's filters and `lang` are its query. */
export const CHANGES_FEED_PATH = "/feeds/changes.atom";

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

/** Whether the path segments after /feeds/ name the Atom feed (the feeds' one route serves both). */
export function isChangesFeedSegments(segments: readonly string[]): boolean {
  return segments.length === 1 && segments[0] === CHANGES_FEED_PATH.slice("/feeds/".length);
}

/** Reads the latest `limit` entries of `filters`' events and the data version they were read at, in one read transaction. */
export type ChangesReader = (filters: ScheduleFilters, limit: number) => { version: { version: number; changedAt: Date }; entries: ChangeEntry[] };

type ParsedRequest = { ok: true; filters: ScheduleFilters; lang: FeedLang } | { ok: false; status: 400; message: string };

/** `lang` (ja|en, default ja) and the schedule's filters; a bad value is a 400, as for filter.ics. A page means nothing here. */
function parseRequest(query: URLSearchParams): ParsedRequest {
  const lang = query.get("lang");
  if (lang !== null && lang !== "ja" && lang !== "en") return { ok: false, status: 400, message: feedErrorText("lang", { value: lang.slice(0, 50) }) };
  const { filters, problems } = parseScheduleFilters(query);
  if (problems.length > 0) {
    const [p] = problems;
    return { ok: false, status: 400, message: feedErrorText("filter", { param: p.param, value: p.value.slice(0, 120) }) };
  }
  const { page: _page, ...rest } = filters;
  return { ok: true, filters: rest, lang: lang ?? DEFAULT_FEED_LANG };
}

export type ChangesFeedServiceDeps = {
  tracker: Pick<DataVersionTracker, "current" | "observe">;
  read: ChangesReader;
  /** Origin of the public site, for the links in the feed (no trailing slash). */
  baseUrl: string;
  maxFeeds?: number;
  maxBytes?: number;
};

/**
 * The changelog's Atom feed for every filter combination: request → cache → build, as the iCal
 * feeds are served (lib/feeds/feed-service.ts). A feed is built once per data version, language
 * and normalised filter query, then served from memory with a strong ETag: an unchanged poll
 * costs a look-up, no SQL.
 */
export function createChangesFeedService(deps: ChangesFeedServiceDeps) {
  const cache = createFeedBytesCache(deps.tracker, { maxFeeds: deps.maxFeeds ?? 300, maxBytes: deps.maxBytes ?? 64 * 1024 * 1024 });
  const stats = { generated: 0 };
  const encoder = new TextEncoder();

  function feedFor(filters: ScheduleFilters, lang: FeedLang): FeedBytes {
    return cache.getOrCompute(changesFeedPath(filters, lang), () => {
      const { version, entries } = deps.read(filters, ATOM_ENTRIES);
      stats.generated += 1;
      const xml = buildChangesAtom(entries, { lang, baseUrl: deps.baseUrl, filters });
      // Last-Modified: the newest entry's time (the feed's `updated`), not the version's: other data changes leave it alone.
      return { version: version.version, value: feedBytes([encoder.encode(xml)], entries[0]?.at ?? new Date(0)) };
    });
  }

  return {
    /** GET and HEAD of /feeds/changes.atom. */
    serve(request: Request): Response {
      const parsed = parseRequest(new URL(request.url).searchParams);
      if (!parsed.ok) return feedErrorResponse(parsed.status, parsed.message);
      return feedResponse(request, feedFor(parsed.filters, parsed.lang), { contentType: ATOM_CONTENT_TYPE });
    },

    /** The 304 headers for a current conditional poll of a cached feed, else null (server/main.mjs asks before Next.js). */
    answerPoll(request: PollRequest): Record<string, string> | null {
      if (request.method !== "GET" && request.method !== "HEAD") return null;
      const [path, query = ""] = request.target.split("?", 2);
      if (path !== CHANGES_FEED_PATH) return null;
      if (request.headers.get("if-none-match") === null && request.headers.get("if-modified-since") === null) return null;
      const parsed = parseRequest(new URLSearchParams(query));
      if (!parsed.ok) return null;
      const feed = cache.get(changesFeedPath(parsed.filters, parsed.lang));
      return feed && isNotModified(request.headers, feed) ? validatorHeaders(feed) : null;
    },

    stats: () => ({ cachedFeeds: cache.size(), cachedBytes: cache.bytes(), ...stats }),
  };
}

export type ChangesFeedService = ReturnType<typeof createChangesFeedService>;
