import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The feed window through the feed route, on a database above the cap: the seeded events
 * plus 5,100 synthetic ones (the benchmark's generator, all in 2023). Which events a feed holds
 * is checked against plain SQL; its bytes against the one-string builder the chunks replaced.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "feed-window-test-"));
const file = path.join(dir, "feeds.db");
process.env.DATABASE_URL = `file:${file}`;
process.env.PUBLIC_BASE_URL = "https://schedule.example.org";

const { freshDatabase } = await import("@/db/testing/fresh-database");
const { syntheticEvents } = await import("@/db/testing/synthetic-events");
const { getDb, getSqlite } = await import("@/db/client");
const { readFeedEvents } = await import("@/db/queries/feed-events");
const { feedCalendarInfo } = await import("@/lib/feeds/feed-selection");
const { FEED_WINDOW_EVENTS, feedWindow } = await import("@/lib/feeds/feed-window");
const { referenceFeed } = await import("@/lib/testing/reference-feed");
const { unfoldContent } = await import("@/lib/feeds/fold-lines");
const { runtime } = await import("@/server/runtime");
const route = await import("./[...path]/route");

const SYNTHETIC = 5100;
const BASE_URL = "https://schedule.example.org";

async function get(query: string, init: RequestInit = {}, file = "all.ics") {
  const res = await route.GET(new Request(`${BASE_URL}/feeds/${file}${query}`, init), { params: Promise.resolve({ path: file.split("/") }) });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

const uidsOf = (body: Buffer) => [...unfoldContent(body.toString("utf8")).matchAll(/^UID:(.+)\r$/gm)].map((m) => m[1]);
const calendarLine = (body: Buffer, name: string) => unfoldContent(body.toString("utf8")).split("\r\n").find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

/**
 * Every public event's UID in the feed order, by plain SQL: drafts and deleted rows left out, and
 * month-only events and phases whose items are public (the feeds carry the items).
 */
function publicUidsInOrder(): string[] {
  const rows = getSqlite()
    .prepare(
      `SELECT uid FROM events e WHERE status IN ('published', 'cancelled') AND deleted_at IS NULL AND date_precision = 'day'
       AND NOT EXISTS (SELECT 1 FROM events i WHERE i.parent_id = e.id AND i.status IN ('published', 'cancelled') AND i.deleted_at IS NULL)
       ORDER BY start_date, start_at, sort_order, id`,
    )
    .all() as { uid: string }[];
  return rows.map((r) => r.uid);
}

/** The file the one-string builder wrote for the same rows and calendar properties. */
function referenceBytes(range: "window" | "all", lang: "ja" | "en"): Buffer {
  const rows = readFeedEvents(getDb())({ filters: {} }, "all", (_, events) => [...events]);
  const window = feedWindow(rows.length, range);
  const calendar = feedCalendarInfo({ kind: "all" }, lang, BASE_URL, window);
  return Buffer.from(referenceFeed(rows.slice(window.skip), { lang, baseUrl: BASE_URL, calendar }));
}

beforeAll(() => {
  freshDatabase(file, syntheticEvents(SYNTHETIC, new Date("2023-01-01T00:00:00Z")));
  getDb();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the default window above the cap", () => {
  it("holds the cap's worth of events that start last, in the normal order", async () => {
    const { res, body } = await get("?lang=en");
    expect(res.status).toBe(200);
    const everything = publicUidsInOrder();
    expect(everything.length).toBeGreaterThan(SYNTHETIC);
    expect(uidsOf(body)).toEqual(everything.slice(-FEED_WINDOW_EVENTS));
  });

  it("says so in X-WR-CALDESC and points to the full range; SOURCE stays the default URL", async () => {
    const { body } = await get("?lang=en");
    const total = publicUidsInOrder().length.toLocaleString("en-US");
    expect(calendarLine(body, "X-WR-CALDESC")).toContain(`This feed holds the last 5\\,000 of ${total.replace(",", "\\,")} events by start date. Every event: ${BASE_URL}/feeds/all.ics?range=all&lang=en`);
    expect(calendarLine(body, "SOURCE")).toBe(`SOURCE;VALUE=URI:${BASE_URL}/feeds/all.ics?lang=en`);
  });

  it("is byte for byte the one-string builder's file of the same events, with an ETag of its bytes", async () => {
    for (const lang of ["ja", "en"] as const) {
      const { res, body } = await get(`?lang=${lang}`);
      expect(body.equals(referenceBytes("window", lang))).toBe(true);
      expect(res.headers.get("ETag")).toBe(`"${createHash("sha256").update(body).digest("base64url")}"`);
      expect(res.headers.get("Content-Length")).toBe(String(body.byteLength));
    }
  });

  it("is the same bytes when generated again from unchanged data", async () => {
    const first = await get("?lang=ja");
    const generated = runtime().feeds.stats().generated;
    // A write that changes nothing public: a new data version with the same events, so the cache must regenerate.
    getSqlite().prepare("UPDATE events SET updated_at = updated_at WHERE id = (SELECT min(id) FROM events)").run();
    const again = await get("?lang=ja");
    expect(runtime().feeds.stats().generated).toBeGreaterThan(generated);
    expect(again.body.equals(first.body)).toBe(true);
    expect(again.res.headers.get("ETag")).toBe(first.res.headers.get("ETag"));
  });
});

describe("?range=all", () => {
  it("holds every event, byte for byte the one-string builder's file, with its own URL as SOURCE", async () => {
    const { res, body } = await get("?range=all&lang=en");
    expect(res.status).toBe(200);
    expect(uidsOf(body)).toEqual(publicUidsInOrder());
    expect(body.equals(referenceBytes("all", "en"))).toBe(true);
    expect(calendarLine(body, "SOURCE")).toBe(`SOURCE;VALUE=URI:${BASE_URL}/feeds/all.ics?range=all&lang=en`);
    expect(calendarLine(body, "X-WR-CALDESC")).not.toContain("range=all");
    expect(res.headers.get("ETag")).not.toBe((await get("?lang=en")).res.headers.get("ETag"));
  });

  it("answers HEAD and 304 like any feed", async () => {
    const { res, body } = await get("?range=all&lang=ja");
    const etag = res.headers.get("ETag")!;
    const head = await get("?range=all&lang=ja", { method: "HEAD" });
    expect(head.res.status).toBe(200);
    expect(head.res.headers.get("Content-Length")).toBe(String(body.byteLength));
    expect(head.res.headers.get("ETag")).toBe(etag);
    expect(head.body.byteLength).toBe(0);
    const notModified = await get("?range=all&lang=ja", { headers: { "If-None-Match": etag } });
    expect(notModified.res.status).toBe(304);
    expect(notModified.body.byteLength).toBe(0);
  });

  it("is cached apart from the window", async () => {
    await get("?lang=en");
    await get("?range=all&lang=en");
    const generated = runtime().feeds.stats().generated;
    expect((await get("?lang=en")).body.equals((await get("?range=all&lang=en")).body)).toBe(false);
    expect(runtime().feeds.stats().generated).toBe(generated);
  });

  it("is refused with a 400 for any other value", async () => {
    for (const bad of ["ALL", "", "everything"]) {
      const { res, body } = await get(`?range=${bad}`);
      expect(res.status).toBe(400);
      expect(res.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
      expect(body.toString("utf8")).toContain("range=all");
    }
  });
});

describe("feeds below the cap", () => {
  it("are never windowed: a sector feed holds every event of its sector", async () => {
    const { body } = await get("?lang=en", {}, "sector/tourism.ics");
    const expected = getSqlite()
      .prepare("SELECT uid FROM events WHERE sector = 'tourism' AND status IN ('published', 'cancelled') AND deleted_at IS NULL ORDER BY start_date, start_at, sort_order, id")
      .all() as { uid: string }[];
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.length).toBeLessThan(FEED_WINDOW_EVENTS);
    expect(uidsOf(body)).toEqual(expected.map((r) => r.uid));
    expect(calendarLine(body, "X-WR-CALDESC")).not.toContain("range=all");
  });
});
