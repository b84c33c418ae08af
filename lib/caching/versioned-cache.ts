import { LRUCache } from "lru-cache";
import type { DataVersionTracker } from "./data-version-tracker";

export type VersionedCacheOptions<V> = {
  /** `observe` is needed by getOrCompute only. */
  tracker: Pick<DataVersionTracker, "current"> & Partial<Pick<DataVersionTracker, "observe">>;
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
    /**
     * The value for `key`, or computed now from data read at `version` and kept (a null value,
     * such as a 404, is not). The version read with the data may be newer than the last check
     * (another process wrote): the tracker learns it.
     */
    getOrCompute<R extends V | null>(key: string, compute: () => { value: R; version: number }): V | R {
      const hit = this.get(key);
      if (hit) return hit;
      const fresh = compute();
      options.tracker.observe?.(fresh.version);
      if (fresh.value) this.set(key, fresh.value, fresh.version);
      return fresh.value;
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
