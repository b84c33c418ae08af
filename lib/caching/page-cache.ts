import { LRUCache } from "lru-cache";
import type { DataVersionTracker } from "./data-version-tracker";
import { createVersionedCache } from "./versioned-cache";

/** What Next's cache handler stores for a rendered page (an opaque value to us). */
export type PageCacheEntry = { value: unknown; lastModified: number; cacheControl: unknown };

/** Approximate memory of a cached value: the bytes of its strings and buffers. */
export function approximateBytes(value: unknown, depth = 0): number {
  if (value == null || depth > 4) return 0;
  if (typeof value === "string") return Buffer.byteLength(value);
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Map) return [...value.values()].reduce((n: number, v) => n + approximateBytes(v, depth + 1), 0);
  if (typeof value === "object") return Object.values(value).reduce((n: number, v) => n + approximateBytes(v, depth + 1), 0);
  return 8;
}

/**
 * A rendered page as the cache keeps it: the HTML as UTF-8 bytes. Next sends a cached HTML string
 * by measuring and encoding it again for every response, a third of a cache hit's time on a 125 kB
 * page (profiled); bytes are written as they are. Other entries are kept as given; `value` itself is
 * left alone (Next may still be sending it).
 */
export function withHtmlBytes(value: unknown): unknown {
  const page = value as { kind?: unknown; html?: unknown } | null;
  return page?.kind === "APP_PAGE" && typeof page.html === "string" ? { ...page, html: Buffer.from(page.html) } : value;
}

/**
 * Rendered public pages (Next's ISR entries), each valid for one data version: the first request
 * after any change of the public data renders afresh, with no revalidatePath calls to forget.
 * Bounded by bytes and entries (docs/CACHING.md). Next reaches it through
 * server/page-cache-handler.cjs.
 */
export function createPageCache(options: {
  tracker: Pick<DataVersionTracker, "current">;
  maxBytes?: number;
  maxEntries?: number;
  /** Runs on each rendered page as it is stored, before Next sends it (e.g. to add a header). */
  prepare?: (value: unknown) => void;
}) {
  const cache = createVersionedCache<PageCacheEntry & { bytes: number }>({
    tracker: options.tracker,
    max: options.maxEntries ?? 5000,
    maxSize: options.maxBytes ?? 64 * 1024 * 1024,
    sizeOf: (entry) => entry.bytes,
  });
  // The version seen at a miss: the render that follows reads data at least this new. Tagging its
  // entry with it means a write during the render makes the entry stale at once.
  const missVersions = new LRUCache<string, number>({ max: 10_000 });

  return {
    get(key: string): PageCacheEntry | null {
      const hit = cache.get(key);
      if (hit) return { value: hit.value, lastModified: hit.lastModified, cacheControl: hit.cacheControl };
      missVersions.set(key, cache.currentVersion());
      return null;
    },
    set(key: string, value: unknown, cacheControl: unknown): void {
      options.prepare?.(value);
      const stored = withHtmlBytes(value);
      const version = missVersions.get(key) ?? cache.currentVersion();
      missVersions.delete(key);
      if (stored == null) cache.delete(key);
      else cache.set(key, { value: stored, lastModified: Date.now(), cacheControl, bytes: approximateBytes(stored) }, version);
    },
    clear(): void {
      cache.clear();
    },
    size: cache.size,
    bytes: cache.bytes,
  };
}

export type PageCache = ReturnType<typeof createPageCache>;
