import fs from "node:fs";
import { openDatabase } from "@/db/open-database";
import { events, type NewEvent } from "@/db/schema";
import { seedDatabase } from "@/db/seed/seed";
import { writeTransaction } from "@/db/transaction";

/** Deletes a SQLite file with its WAL and shared-memory files. */
export function removeDatabase(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

// 46 columns a row: 500 rows stay far below SQLite's 32,766 bound parameters per statement.
const BATCH = 500;

/**
 * Creates `file` from nothing: migrated, seeded from the source document, plus `extra` rows
 * inserted in one transaction (the triggers move the data version, so caches see the change).
 */
export function freshDatabase(file: string, extra: NewEvent[] = []): { events: number } {
  removeDatabase(file);
  const { db, sqlite } = openDatabase(file);
  try {
    const seeded = seedDatabase(db);
    if (extra.length > 0) {
      writeTransaction(db, (tx) => {
        for (let i = 0; i < extra.length; i += BATCH) tx.insert(events).values(extra.slice(i, i + BATCH)).run();
      });
    }
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    return { events: seeded.eventsInserted + extra.length };
  } finally {
    sqlite.close();
  }
}
