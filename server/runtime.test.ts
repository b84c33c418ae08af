import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "runtime-test-"));
const file = path.join(dir, "app.db");
process.env.DATABASE_URL = `file:${file}`;
process.env.PUBLIC_BASE_URL = "https://schedule.example.org";
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const { runtime } = await import("./runtime");
const { currentRuntime } = await import("./runtime-slot.cjs");

const feedRequest = () => new Request("https://schedule.example.org/feeds/all.ics?lang=en");
/** Serves the all-events feed and says whether the feed service had to generate it. */
function generatedOnServe(): boolean {
  const before = runtime().feeds.stats().generated;
  runtime().feeds.serve(feedRequest(), ["all.ics"]);
  return runtime().feeds.stats().generated > before;
}
/** Fills the page cache with a rendered page and says whether it is still cached. */
const cachePage = () => {
  runtime().pages.get("/en");
  runtime().pages.set("/en", { html: "<p>page</p>" }, undefined);
};
const pageCached = () => runtime().pages.get("/en") !== null;

describe("the process runtime", () => {
  it("is created once, opened, migrated and seeded, and installed in the one slot", () => {
    const first = runtime();
    expect(runtime()).toBe(first);
    expect(currentRuntime()).toBe(first);
    expect(first.database.sqlite.prepare("SELECT count(*) AS n FROM events").get()).toMatchObject({ n: expect.any(Number) });
  });

  it("sees a raw SQL write on its own connection at once, in both caches, without a query per request", () => {
    expect(generatedOnServe()).toBe(true);
    expect(generatedOnServe()).toBe(false);
    cachePage();
    expect(pageCached()).toBe(true);
    // No data-version bump by hand: the triggers keep the version, the TEMP trigger tells this process.
    runtime().database.sqlite.prepare("UPDATE events SET title_en = title_en || '!' WHERE id = (SELECT min(id) FROM events)").run();
    expect(pageCached()).toBe(false);
    expect(generatedOnServe()).toBe(true);
  });

  it("sees a raw SQL write by another process within the recheck interval, in both caches", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      generatedOnServe();
      cachePage();
      const other = new Database(file);
      other.prepare("UPDATE events SET venue_en = 'Elsewhere' WHERE id = (SELECT min(id) FROM events)").run();
      other.close();
      expect(pageCached()).toBe(true); // not re-read yet: no query per request
      vi.advanceTimersByTime(1000);
      expect(pageCached()).toBe(false);
      expect(generatedOnServe()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("moves the data version for every table whose rows can appear publicly", () => {
    const { sqlite } = runtime().database;
    const version = () => (sqlite.prepare("SELECT version FROM data_version WHERE id = 1").get() as { version: number }).version;
    for (const write of [
      "UPDATE events SET sort_order = sort_order WHERE id = (SELECT min(id) FROM events)",
      "UPDATE programs SET name_en = name_en",
      "UPDATE countries SET sort_order = sort_order WHERE code = 'JP'",
    ]) {
      const before = version();
      sqlite.prepare(write).run();
      expect(version(), write).toBeGreaterThan(before);
    }
    const before = version();
    sqlite.prepare("UPDATE users SET name = name").run();
    expect(version()).toBe(before);
  });
});
