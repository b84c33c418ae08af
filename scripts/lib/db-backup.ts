/**
 * Online backup and restore of the SQLite database, safe while the app runs.
 *
 * Backup uses SQLite's online backup API (better-sqlite3 `backup()`), copying every page in a
 * single step: one read transaction, so the copy is one consistent snapshot even while other
 * processes write (WAL lets them continue meanwhile). The copy is written beside its target,
 * checked with PRAGMA integrity_check, fsynced, then renamed into place: a crash never leaves
 * a half-written backup under the final name.
 *
 * Restore refuses while any process has the database open (it must take an exclusive lock),
 * copies the backup in through the same API (which handles the live file's WAL), migrates it
 * to the current schema, and moves the data version past every value served before, so no
 * feed ETag or cache entry from before the restore can match the restored data.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { openDatabase } from "@/db/open-database";
import { advanceDataVersion, readDataVersion } from "@/db/data-version";
import { writeTransaction } from "@/db/transaction";

export type BackupResult = { file: string; bytes: number; pages: number; ms: number };

/** "ok", or the problems PRAGMA integrity_check reports. */
export function integrityCheck(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join("; ");
  } finally {
    db.close();
  }
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, "r+");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export async function backupDatabase(source: string, target: string): Promise<BackupResult> {
  const started = performance.now();
  if (!fs.existsSync(source)) throw new Error(`No database at ${source}`);
  if (fs.existsSync(target)) throw new Error(`${target} already exists: choose another name`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    // The first step only measures; returning the page count makes the second copy everything.
    const progress = await db.backup(partial, { progress: ({ totalPages }) => totalPages + 1 });
    const integrity = integrityCheck(partial);
    if (integrity !== "ok") throw new Error(`The backup failed its integrity check: ${integrity}`);
    fsyncFile(partial);
    fs.renameSync(partial, target);
    return { file: target, bytes: fs.statSync(target).size, pages: progress.totalPages, ms: Math.round(performance.now() - started) };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

/** Throws unless this process can lock `file` exclusively, i.e. no other connection has it open. */
function assertNotInUse(file: string): void {
  const db = new Database(file, { fileMustExist: true, timeout: 200 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("COMMIT");
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY") {
      throw new Error(`${file} is in use: stop every app process that uses it, then restore.`);
    }
    throw error;
  } finally {
    db.close();
  }
}

export async function restoreDatabase(backup: string, target: string): Promise<{ dataVersion: number }> {
  const integrity = integrityCheck(backup);
  if (integrity !== "ok") throw new Error(`${backup} failed its integrity check: ${integrity}`);
  let versionBefore = 0;
  if (fs.existsSync(target)) {
    assertNotInUse(target);
    const live = openDatabase(target);
    versionBefore = readDataVersion(live.db).version;
    live.sqlite.close();
  }
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target, { progress: ({ totalPages }) => totalPages + 1 });
  } finally {
    source.close();
  }
  const restored = openDatabase(target);
  try {
    const version = writeTransaction(restored.db, (tx) => advanceDataVersion(tx, versionBefore));
    return { dataVersion: version };
  } finally {
    restored.sqlite.close();
  }
}
