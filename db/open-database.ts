import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

// $client: the better-sqlite3 handle under drizzle (pragmas, backups, plucked id lists).
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export type Connection = {
  sqlite: Database.Database;
  db: Db;
  file: string;
  /** Data-version bumps made on this connection so far: free to read, no SQL (see openDatabase). */
  localDataChanges: () => number;
};

/**
 * Opens a SQLite file with the settings every connection of this app uses, and migrates it.
 *
 * Triggers bump `data_version` on every change of public data (drizzle/0002). A TEMP trigger, which
 * only this connection has, counts those bumps in JavaScript: a cache in this process sees its own
 * writes at once without a query per request, whatever code path wrote them.
 */
export function openDatabase(file: string): Connection {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL: an acknowledged write survives power loss, not just a process crash.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: path.join(process.cwd(), "drizzle") });
  let changes = 0;
  sqlite.function("count_local_data_change", { deterministic: false }, () => {
    changes += 1;
    return null;
  });
  sqlite.exec(
    "CREATE TEMP TRIGGER local_data_change AFTER UPDATE ON main.data_version BEGIN SELECT count_local_data_change(); END;",
  );
  return { sqlite, db, file, localDataChanges: () => changes };
}
