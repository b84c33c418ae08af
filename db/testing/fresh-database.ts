import fs from "node:fs";
import { openDatabase } from "@/db/open-database";
import { auditLog, events, type NewEvent } from "@/db/schema";
import { seedDatabase } from "@/db/seed/seed";
import { writeTransaction } from "@/db/transaction";
import { syntheticAuditEntries } from "./synthetic-audit";

/** Deletes a SQLite file with its WAL and shared-memory files. */
export function removeDatabase(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

// 46 columns a row: 500 rows stay far below SQLite's 32,766 bound parameters per statement.
const BATCH = 500;

// Two snapshots of about 1.5 kB each a row.
const AUDIT_BATCH = 200;

/**
 * Creates `file` from nothing: migrated, seeded from the source document, plus `extra` rows
 * inserted in one transaction (the triggers move the data version, so caches see the change),
 * and `auditEntries` synthetic staff edits of the public events (db/testing/synthetic-audit.ts).
 */
export function freshDatabase(file: string, extra: NewEvent[] = [], { auditEntries = 0 } = {}): { events: number; auditEntries: number } {
  removeDatabase(file);
  const { db, sqlite } = openDatabase(file);
  try {
    const seeded = seedDatabase(db);
    writeTransaction(db, (tx) => {
      for (let i = 0; i < extra.length; i += BATCH) tx.insert(events).values(extra.slice(i, i + BATCH)).run();
      const audit = auditEntries > 0 ? syntheticAuditEntries(tx.select().from(events).all(), auditEntries) : [];
      for (let i = 0; i < audit.length; i += AUDIT_BATCH) tx.insert(auditLog).values(audit.slice(i, i + AUDIT_BATCH)).run();
    });
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    return { events: seeded.eventsInserted + extra.length, auditEntries };
  } finally {
    sqlite.close();
  }
}
