import "server-only";
import type { Db } from "./client";

/**
 * Runs `fn` in a write transaction started with BEGIN IMMEDIATE, so concurrent writers queue
 * on busy_timeout at the start instead of failing with SQLITE_BUSY on a lock upgrade.
 */
export function writeTransaction<T>(db: Db, fn: (tx: Db) => T): T {
  return db.transaction((tx) => fn(tx as unknown as Db), { behavior: "immediate" });
}
