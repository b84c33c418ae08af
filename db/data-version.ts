import { eq } from "drizzle-orm";
import type { Db } from "./open-database";
import { dataVersion } from "./schema";

/**
 * The shared "public data changed" counter. Triggers bump it on every write to events, programs
 * and countries (drizzle/0002_data_version_triggers.sql); no code path has to remember it.
 */
export function readDataVersion(db: Db): { version: number; changedAt: Date } {
  const row = db.select().from(dataVersion).where(eq(dataVersion.id, 1)).get();
  return row ? { version: row.version, changedAt: row.changedAt } : { version: 0, changedAt: new Date(0) };
}

/**
 * Moves the version past both its current value and `atLeast`, and returns it: a restore replaces
 * the whole file, which no trigger sees, and the restored version may be older than the one
 * caches already hold.
 */
export function advanceDataVersion(db: Db, atLeast: number): number {
  const next = Math.max(readDataVersion(db).version, atLeast) + 1;
  db.update(dataVersion).set({ version: next, changedAt: new Date() }).where(eq(dataVersion.id, 1)).run();
  return next;
}
