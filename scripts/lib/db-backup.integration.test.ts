import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupDatabase, integrityCheck, restoreDatabase } from "./db-backup";
import { syntheticEvents } from "@/db/testing/synthetic-events";
import { freshDatabase } from "@/db/testing/fresh-database";

let dir: string;
let writer: ChildProcess | undefined;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-test-"));
});

afterEach(() => {
  writer?.kill("SIGKILL");
  writer = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Starts the writer process; `committed()` is the latest count it has confirmed. */
function startWriter(file: string, max: number) {
  // node --import tsx: one process (the tsx CLI would fork a child that a kill would miss).
  writer = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/lib/testing/continuous-writer.ts", file, String(max)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let committed = 0;
  writer.stdout!.on("data", (chunk: Buffer) => {
    const all = chunk.toString().match(/committed (\d+)/g);
    if (all) committed = Number(all.at(-1)!.split(" ")[1]);
  });
  return {
    committed: () => committed,
    async until(n: number) {
      const deadline = Date.now() + 30_000;
      while (committed < n) {
        if (Date.now() > deadline) throw new Error(`writer stuck at ${committed}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
  };
}

function count(file: string, sql: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(sql).pluck().get() as number) ?? 0;
  } finally {
    db.close();
  }
}

const writerRows = "SELECT count(*) FROM events WHERE slug LIKE 'writer-%'";

describe("db:backup", () => {
  it("copies a consistent snapshot while another process writes, and restores it", { timeout: 60_000 }, async () => {
    const live = path.join(dir, "app.db");
    // Big enough (≈8 MB) that the copy takes a while, so writes really happen during it.
    const { events: seeded } = freshDatabase(live, syntheticEvents(10_000));
    const versionAtStart = count(live, "SELECT version FROM data_version");
    const w = startWriter(live, 5000);
    await w.until(50);

    const before = w.committed();
    const backup = await backupDatabase(live, path.join(dir, "backups", "app-1.db"));
    const after = w.committed();
    await w.until(after + 20); // the writer was not blocked by the backup
    writer!.kill("SIGKILL");

    expect(integrityCheck(backup.file)).toBe("ok");
    expect(fs.existsSync(`${backup.file}.partial`)).toBe(false);
    const inBackup = count(backup.file, writerRows);
    // Every write acknowledged before the backup began is in it; nothing later than its end.
    expect(inBackup).toBeGreaterThanOrEqual(before);
    expect(inBackup).toBeLessThanOrEqual(after + 1);
    expect(count(backup.file, "SELECT count(*) FROM events") - inBackup).toBe(seeded);
    // Each writer commit also bumped the data version: rows and version are from one moment.
    expect(count(backup.file, "SELECT version FROM data_version")).toBe(versionAtStart + inBackup);

    const liveVersion = count(live, "SELECT version FROM data_version");
    expect(count(live, writerRows)).toBeGreaterThan(inBackup);
    const { dataVersion } = await restoreDatabase(backup.file, live);
    expect(integrityCheck(live)).toBe("ok");
    expect(count(live, writerRows)).toBe(inBackup);
    // Past every version served before the restore: no old ETag can match the restored data.
    expect(dataVersion).toBeGreaterThan(liveVersion);
  });

  it("refuses to restore over a database that a process has open", async () => {
    const live = path.join(dir, "app.db");
    freshDatabase(live);
    const backup = await backupDatabase(live, path.join(dir, "copy.db"));
    const holder = new Database(live);
    holder.prepare("SELECT 1").get();
    try {
      await expect(restoreDatabase(backup.file, live)).rejects.toThrow(/in use/);
    } finally {
      holder.close();
    }
    await expect(restoreDatabase(backup.file, live)).resolves.toMatchObject({ dataVersion: expect.any(Number) });
  });

  it("never overwrites an existing file and leaves nothing behind on failure", async () => {
    const live = path.join(dir, "app.db");
    freshDatabase(live);
    const target = path.join(dir, "copy.db");
    fs.writeFileSync(target, "precious");
    await expect(backupDatabase(live, target)).rejects.toThrow(/already exists/);
    expect(fs.readFileSync(target, "utf8")).toBe("precious");
    await expect(backupDatabase(path.join(dir, "missing.db"), path.join(dir, "x.db"))).rejects.toThrow(/No database/);
    expect(fs.existsSync(path.join(dir, "x.db"))).toBe(false);
  });

  it("refuses to restore a corrupt backup", async () => {
    const live = path.join(dir, "app.db");
    freshDatabase(live);
    const bad = path.join(dir, "bad.db");
    fs.copyFileSync(live, bad);
    const fd = fs.openSync(bad, "r+");
    fs.writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, 4096 * 3);
    fs.closeSync(fd);
    await expect(restoreDatabase(bad, live)).rejects.toThrow();
    expect(integrityCheck(live)).toBe("ok");
  });
});
