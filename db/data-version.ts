import "server-only";
import { eq, sql } from "drizzle-orm";
import { createDataVersionTracker } from "@/lib/data-version-tracker";
import type { Db } from "./client";
import { dataVersion } from "./schema";

/**
 * One counter for "the public data changed". Every write transaction that changes events or
 * programs bumps it; caches of feeds and pages compare it instead of re-reading the data.
 */
export function bumpDataVersion(tx: Db): number {
  const row = tx
    .insert(dataVersion)
    .values({ id: 1, version: 1, changedAt: new Date() })
    .onConflictDoUpdate({
      target: dataVersion.id,
      set: { version: sql`${dataVersion.version} + 1`, changedAt: new Date() },
    })
    .returning({ version: dataVersion.version })
    .get();
  counter.__appLocalDataChanges = (counter.__appLocalDataChanges ?? 0) + 1;
  return row.version;
}

export function readDataVersion(db: Db): { version: number; changedAt: Date } {
  const row = db.select().from(dataVersion).where(eq(dataVersion.id, 1)).get();
  return row ? { version: row.version, changedAt: row.changedAt } : { version: 0, changedAt: new Date(0) };
}

/** The SELECT of the version number alone, as SQL text, for connections without drizzle (feed workers). */
export function dataVersionStatement(db: Db): { sql: string; params: unknown[] } {
  return db.select({ version: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1)).toSQL();
}

// On globalThis: Next.js may bundle this module more than once (route handlers, server actions),
// and every copy must see the same count.
const counter = globalThis as typeof globalThis & { __appLocalDataChanges?: number };

/** Writes made by this process since it started: lets a cache skip SQL when nothing changed here. */
export function localChangeCount(): number {
  return counter.__appLocalDataChanges ?? 0;
}

const published = globalThis as typeof globalThis & { __appCurrentDataVersion?: () => number };

/**
 * Publishes this process's current data version (seen within a second across processes) on
 * globalThis, where the page cache handler (lib/page-cache/page-cache-handler.cjs), which Next
 * loads outside the app's module graph, reads it to tell a fresh rendered page from a stale one.
 */
export function publishCurrentDataVersion(db: Db): void {
  if (published.__appCurrentDataVersion) return;
  const tracker = createDataVersionTracker({ localChangeCount, readVersion: () => readDataVersion(db).version });
  published.__appCurrentDataVersion = () => tracker.current();
}
