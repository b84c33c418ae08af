export type DataVersionTrackerDeps = {
  /** Writes made by this process (db/data-version.ts localChangeCount): free to call. */
  localChangeCount: () => number;
  /** The shared data version (one tiny SQL query). */
  readVersion: () => number;
  now?: () => number;
};

/**
 * The newest data version a process knows of, read cheaply: a write by this process is seen at
 * once (its local change count moved), a write by another process within `recheckMs` (one shared
 * SELECT at most that often, however many requests ask).
 */
export function createDataVersionTracker(deps: DataVersionTrackerDeps, recheckMs = 1000) {
  const now = deps.now ?? Date.now;
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
  };
}

export type DataVersionTracker = ReturnType<typeof createDataVersionTracker>;
