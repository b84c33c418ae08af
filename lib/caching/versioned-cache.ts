import { LRUCache } from "lru-cache";
import type { DataVersionTracker } from "./data-version-tracker";

export type VersionedCacheOptions<V> = {
  tracker: Pick<DataVersionTracker, "current">;
  /** Entries at most. */
  max: number;
  /** Total of `sizeOf` over all entries at most (bytes). */
  maxSize: number;
  sizeOf: (value: V) => number;
};

/**
 * An LRU cache (lru-cache) whose entries are valid for one data version: everything is dropped
 * when the version moves, so nothing is ever purged by hand. Used for rendered pages and
 * generated feeds (server/runtime.ts). A value computed from data read at an older version than
 * the current one is not stored: a write during the computation must not be hidden.
 */
export function createVersionedCache<V extends {}>(options: VersionedCacheOptions<V>) {
  const lru = new LRUCache<string, V>({
    max: options.max,
    maxSize: options.maxSize,
    sizeCalculation: (value) => Math.max(1, options.sizeOf(value)),
  });
  let version = -1;

  /** The current data version; the first call after it moved empties the cache. */
  function currentVersion(): number {
    const now = options.tracker.current();
    if (now !== version) {
      lru.clear();
      version = now;
    }
    return now;
  }

  return {
    currentVersion,
    /** The value for `key` at the current version (and marks it most recently used). */
    get(key: string): V | undefined {
      currentVersion();
      return lru.get(key);
    },
    /** Stores a value computed from data at `atVersion`; ignored if the data has moved on since. */
    set(key: string, value: V, atVersion: number): void {
      if (atVersion === currentVersion()) lru.set(key, value);
    },
    delete(key: string): void {
      lru.delete(key);
    },
    clear(): void {
      lru.clear();
    },
    size: () => lru.size,
    bytes: () => lru.calculatedSize,
  };
}

export type VersionedCache<V extends {}> = ReturnType<typeof createVersionedCache<V>>;
