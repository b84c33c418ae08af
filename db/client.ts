import "server-only";
import type Database from "better-sqlite3";
import { runtime } from "@/server/runtime";
import type { Db } from "./open-database";

export type { Db } from "./open-database";

/** The process's drizzle instance (opened, migrated and seeded if empty by the runtime). */
export function getDb(): Db {
  return runtime().database.db;
}

/** The process's raw better-sqlite3 handle (pragmas, backups, integrity checks). */
export function getSqlite(): Database.Database {
  return runtime().database.sqlite;
}
