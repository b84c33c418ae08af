import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { removeDatabase } from "./fresh-database";

/** The migrations of the release before issue 17: a database it built has these and no others. */
const RELEASE_MIGRATIONS = ["0000_init", "0001_public_order_index", "0002_data_version_triggers"];

/**
 * Creates `file` as the release before issue 17 left it: only that release's migrations, and the
 * rows its seeder wrote (db/testing/release-seed.sql). Opening it with openDatabase then applies
 * the newer migrations, as deploying this code on that release's database does.
 */
export function releaseDatabase(file: string): void {
  removeDatabase(file);
  const root = path.join(process.cwd(), "drizzle");
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "release-migrations-"));
  try {
    fs.mkdirSync(path.join(folder, "meta"));
    const journal = JSON.parse(fs.readFileSync(path.join(root, "meta", "_journal.json"), "utf8"));
    journal.entries = journal.entries.filter((e: { tag: string }) => RELEASE_MIGRATIONS.includes(e.tag));
    fs.writeFileSync(path.join(folder, "meta", "_journal.json"), JSON.stringify(journal));
    for (const tag of RELEASE_MIGRATIONS) fs.copyFileSync(path.join(root, `${tag}.sql`), path.join(folder, `${tag}.sql`));
    const sqlite = new Database(file);
    try {
      sqlite.pragma("foreign_keys = ON");
      migrate(drizzle(sqlite), { migrationsFolder: folder });
      sqlite.exec(fs.readFileSync(path.join(__dirname, "release-seed.sql"), "utf8"));
    } finally {
      sqlite.close();
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
