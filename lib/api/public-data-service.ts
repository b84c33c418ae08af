import type { DataVersionTracker } from "@/lib/caching/data-version-tracker";
import { createVersionedCache } from "@/lib/caching/versioned-cache";
import { feedBytes, type FeedBytes } from "@/lib/feeds/feed-http";
import { canonicalQuery } from "./event-query";

/**
 * The public API's answers and the exports, each built once per data version and then served
 * from memory (lru-cache through createVersionedCache, keyed on the runtime's data version):
 * while nothing changes, a request costs a look-up, and a poll with a validator no SQL at all.
 * A build reports the data version it read at; an answer read at an older version than the
 * current one is served but not kept. Misses (404) are not kept, so unknown URLs cannot push
 * real answers out. The one service of a process lives in its runtime (server/runtime.ts).
 */
export type PublicBody = FeedBytes & { contentType: string };

export type Built = { version: number; changedAt: Date; body: { chunks: readonly Uint8Array[]; contentType: string } | null };

export function createPublicDataService(deps: { tracker: DataVersionTracker; maxEntries?: number; maxBytes?: number }) {
  const cache = createVersionedCache<PublicBody>({
    tracker: deps.tracker,
    max: deps.maxEntries ?? 2000,
    maxSize: deps.maxBytes ?? 256 * 1024 * 1024,
    sizeOf: (body) => body.byteLength,
  });
  const stats = { built: 0 };
  return {
    /** The answer for `key`: from the cache, or built now (and kept when read at the current version). */
    body(key: string, build: () => Built): PublicBody | null {
      return cache.getOrCompute(key, () => {
        const fresh = build();
        stats.built += 1;
        return { version: fresh.version, value: fresh.body ? { ...feedBytes(fresh.body.chunks, fresh.changedAt), contentType: fresh.body.contentType } : null };
      });
    },
    stats: () => ({ cachedAnswers: cache.size(), cachedBytes: cache.bytes(), ...stats }),
  };
}

export type PublicDataService = ReturnType<typeof createPublicDataService>;

const encoder = new TextEncoder();

/** A JSON value as the body of an answer. */
export function jsonBody(value: unknown): NonNullable<Built["body"]> {
  return { chunks: [encoder.encode(JSON.stringify(value))], contentType: "application/json; charset=utf-8" };
}

/**
 * The body of one page of a list (`/api/v1/{path}`): its items, the cursor of the next page and its
 * full URL (this page's query with `cursor` replaced), both null on the last page.
 */
export function listPageBody(list: { baseUrl: string; path: string; query: URLSearchParams }, data: unknown[], nextCursor: string | null): NonNullable<Built["body"]> {
  const nextQuery = nextCursor ? `${canonicalQuery(list.query, ["cursor"])}&cursor=${nextCursor}`.replace(/^&/, "") : null;
  return jsonBody({ data, nextCursor, next: nextQuery ? `${list.baseUrl}/api/v1/${list.path}?${nextQuery}` : null });
}
