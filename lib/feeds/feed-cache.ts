import { createDataVersionTracker } from "@/lib/data-version-tracker";
import type { FeedBytes } from "./feed-http";

export type DataVersion = { version: number; changedAt: Date };

export type FeedCacheDeps = {
  /** Writes made by this process (db/data-version.ts localChangeCount): free to call. */
  localChangeCount: () => number;
  /** The shared data version (one tiny SQL query). */
  readDataVersion: () => DataVersion;
  now?: () => number;
};

export type FeedCacheOptions = {
  /** Re-read the shared data version at most this often, to see other processes' writes. */
  recheckMs?: number;
  maxEntries?: number;
  maxBytes?: number;
};

/** What generating a feed produced, and the data version it was read at. */
export type Generated = { version: number; feed: FeedBytes | null };

/**
 * Generated feeds kept in memory per key (feed, language, normalised query) and valid for one
 * data version. While nothing changes, a request costs a Map look-up: no feed query and no
 * generation. Writes in this process are seen at once (localChangeCount); writes by other
 * processes within about `recheckMs` (one shared `SELECT` of the version, not one per feed).
 * Bounded as an LRU by entry count and total bytes (all chunks of every entry), since
 * filter.ics takes free text.
 * Misses (404) are not cached, so unknown URLs cannot push real feeds out.
 */
export function createFeedCache(deps: FeedCacheDeps, options: FeedCacheOptions = {}) {
  const { recheckMs = 1000, maxEntries = 300, maxBytes = 512 * 1024 * 1024 } = options;
  const entries = new Map<string, { version: number; feed: FeedBytes }>();
  const pending = new Map<string, { version: number; feed: Promise<FeedBytes | null> }>();
  let bytes = 0;
  let known = -1;
  const stats = { hits: 0, generated: 0, versionReads: 0 };
  const tracker = createDataVersionTracker(
    {
      localChangeCount: deps.localChangeCount,
      readVersion: () => {
        stats.versionReads += 1;
        return deps.readDataVersion().version;
      },
      now: deps.now,
    },
    recheckMs,
  );

  function remove(key: string): void {
    const old = entries.get(key);
    if (old) {
      bytes -= old.feed.byteLength;
      entries.delete(key);
    }
  }

  /** Raises the known version and frees every entry generated before it. */
  function learn(version: number): void {
    if (version <= known) return;
    known = version;
    for (const [key, entry] of entries) if (entry.version < version) remove(key);
  }

  function currentVersion(): number {
    learn(tracker.current());
    return known;
  }

  function store(key: string, fresh: Generated): FeedBytes | null {
    stats.generated += 1;
    // The feed's own snapshot may be newer than what this process had seen.
    learn(fresh.version);
    if (!fresh.feed) return null;
    remove(key);
    entries.set(key, { version: fresh.version, feed: fresh.feed });
    bytes += fresh.feed.byteLength;
    for (const oldest of entries.keys()) {
      if (entries.size <= 1 || (entries.size <= maxEntries && bytes <= maxBytes)) break;
      remove(oldest);
    }
    return fresh.feed;
  }

  /** The entry for `key` if it holds `version`, moved to the most recently used end; else null. */
  function hitAt(key: string, version: number): FeedBytes | null {
    const hit = entries.get(key);
    if (!hit || hit.version !== version) return null;
    entries.delete(key);
    entries.set(key, hit);
    stats.hits += 1;
    return hit.feed;
  }

  /**
   * The cached feed for `key` if it is current, else null; never generates. For answering a
   * poll before Next.js routes it (lib/feeds/feed-poll.ts): a miss there goes on to `get`.
   */
  function peek(key: string): FeedBytes | null {
    return hitAt(key, currentVersion());
  }

  /**
   * The feed for `key` at the current data version: from the cache, else from `generate`. A
   * generation that runs elsewhere (a worker thread) returns a promise; requests for the same
   * feed and version that arrive meanwhile share it instead of starting their own.
   */
  function get(key: string, generate: () => Generated): FeedBytes | null;
  function get(key: string, generate: () => Generated | Promise<Generated>): FeedBytes | null | Promise<FeedBytes | null>;
  function get(key: string, generate: () => Generated | Promise<Generated>): FeedBytes | null | Promise<FeedBytes | null> {
    const version = currentVersion();
    const hit = hitAt(key, version);
    if (hit) return hit;
    const running = pending.get(key);
    if (running && running.version === version) return running.feed;
    remove(key);
    const fresh = generate();
    if (!(fresh instanceof Promise)) return store(key, fresh);
    const feed = fresh.then((generated) => store(key, generated));
    const entry = { version, feed };
    pending.set(key, entry);
    const done = () => {
      if (pending.get(key) === entry) pending.delete(key);
    };
    feed.then(done, done);
    return feed;
  }

  return { get, peek, stats, size: () => entries.size, bytes: () => bytes };
}

export type FeedCache = ReturnType<typeof createFeedCache>;
