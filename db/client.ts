import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { databasePath } from "@/lib/env";
import { publishCurrentDataVersion } from "./data-version";
import * as schema from "./schema";
import { seedIfEmpty } from "./seed/seed";

// $client: the better-sqlite3 handle under drizzle, for the few reads drizzle would slow down (db/queries/feed-events.ts).
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
type Connection = { sqlite: Database.Database; db: Db; file: string };

// Cached on globalThis so dev-mode module reloads reuse the one connection of this process.
const holder = globalThis as typeof globalThis & { __appDb?: Connection };

/** Opens a SQLite file with the settings every connection of this app uses, and migrates it. */
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
  return { sqlite, db, file };
}

function connection(): Connection {
  if (!holder.__appDb) {
    if (process.env.NEXT_PHASE === "phase-production-build") {
      throw new Error("The database must not be opened during `next build`.");
    }
    const conn = openDatabase(databasePath());
    seedIfEmpty(conn.db);
    publishCurrentDataVersion(conn.db);
    holder.__appDb = conn;
  }
  return holder.__appDb;
}

/** The process-wide drizzle instance, opened (migrated, seeded if empty) on first use. */
export function getDb(): Db {
  return connection().db;
}

/** The raw better-sqlite3 handle (pragmas, backups, integrity checks). */
export function getSqlite(): Database.Database {
  return connection().sqlite;
}
