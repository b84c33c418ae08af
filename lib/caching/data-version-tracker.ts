export type DataVersionTrackerDeps = {
  /** Data-version bumps made by this process (db/open-database.ts localDataChanges): free to call. */
  localChangeCount: () => number;
  /** The shared data version (one tiny SQL query). */
  readVersion: () => number;
  now?: () => number;
};

/**
 * The newest data version this process knows of, read cheaply: a write by this process is seen at
 * once (its local change count moved), a write by another process within `recheckMs` (one shared
 * SELECT at most that often, however many requests ask). The one tracker of a process lives in
 * its runtime (server/runtime.ts); the page cache and the feed cache both read it.
 */
export function createDataVersionTracker(deps: DataVersionTrackerDeps, recheckMs = 1000) {
  const now = deps.now ?? (() => Date.now());
  let known = -1;
  let seenLocal = -1;
  let checkedAt = -Infinity;
  return {
    current(): number {
      const local = deps.localChangeCount();
      const t = now();
      if (local !== seenLocal || t - checkedAt >= recheckMs) {
        known = Math.max(known, deps.readVersion());
        seenLocal = local;
        checkedAt = t;
      }
      return known;
    },
    /** A version read along with data (a feed's snapshot) may be newer than the last check: learn it. */
    observe(version: number): void {
      known = Math.max(known, version);
    },
  };
}

export type DataVersionTracker = ReturnType<typeof createDataVersionTracker>;
