import type Database from "better-sqlite3";
import { vi } from "vitest";

/**
 * SQLite's EXPLAIN QUERY PLAN of every statement `run` prepares on `sqlite` that `select` picks,
 * each plan's steps joined with " | ". Every value is a parameter in drizzle's SQL, and the plans
 * do not depend on them: they are explained with nulls.
 */
export function queryPlans(sqlite: Database.Database, run: () => unknown, select: (source: string) => boolean): string[] {
  const prepared: string[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  const spy = vi.spyOn(sqlite, "prepare").mockImplementation(((source: string) => {
    prepared.push(source);
    return prepare(source);
  }) as typeof sqlite.prepare);
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return prepared.filter(select).map((source) => {
    const params = Array<null>((source.match(/\?/g) ?? []).length).fill(null);
    const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as { detail: string }[];
    return rows.map((row) => row.detail).join(" | ");
  });
}
