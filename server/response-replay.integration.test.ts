import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/db/testing/fresh-database";
import { startAppServer, type AppServer } from "@/scripts/lib/app-server";

/**
 * The response replay in the production server (server/main.mjs, server/response-replay.mjs,
 * lib/caching/response-replay.ts), against the build in .next/: a public answer Next.js gave from
 * its cache is sent again byte for byte with the same headers, and never once the data changed,
 * whoever changed it.
 */

let dir: string;
let databaseFile: string;
let server: AppServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "response-replay-"));
  databaseFile = path.join(dir, "app.db");
  freshDatabase(databaseFile);
  server = await startAppServer({ databaseFile });
}, 90_000);

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function replayed(): Promise<number> {
  const health = (await (await fetch(`${server.url}/api/health`)).json()) as { replay: { replayed: number } };
  return health.replay.replayed;
}

type Answer = { status: number; headers: Record<string, string>; body: Buffer };

async function get(target: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  // Node's fetch would add Accept-Encoding and decompress: ask for none unless a test does.
  const res = await fetch(server.url + target, { method, headers: { "accept-encoding": "identity", ...headers } });
  const sent: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!["date", "connection", "keep-alive", "transfer-encoding", "content-length"].includes(name)) sent[name] = value;
  });
  return { status: res.status, headers: sent, body: Buffer.from(await res.arrayBuffer()) };
}

/** Answers `target` until Next has served it from its page cache (a HIT, which the replay keeps), then once more. */
async function hitThenReplay(target: string, headers: Record<string, string> = {}): Promise<{ fromNext: Answer; fromReplay: Answer; replays: number }> {
  await get(target, headers);
  const fromNext = await get(target, headers);
  const before = await replayed();
  const fromReplay = await get(target, headers);
  return { fromNext, fromReplay, replays: (await replayed()) - before };
}

describe("the response replay", () => {
  it("sends a cached page again with Next's exact body and headers", async () => {
    const { fromNext, fromReplay, replays } = await hitThenReplay("/en");
    expect(fromNext.headers["x-nextjs-cache"]).toBe("HIT");
    expect(replays).toBe(1);
    expect(fromReplay.status).toBe(200);
    expect(fromReplay.headers).toEqual(fromNext.headers);
    expect(fromReplay.body.equals(fromNext.body)).toBe(true);
  });

  it("keeps a compressed answer apart from a plain one", async () => {
    const { fromNext, fromReplay, replays } = await hitThenReplay("/ja/feeds", { "accept-encoding": "gzip" });
    expect(replays).toBe(1);
    expect(fromReplay.headers["content-encoding"]).toBe("gzip");
    // fetch decompresses: the replayed bytes are a whole gzip stream of the same page.
    expect(fromReplay.body.equals(fromNext.body)).toBe(true);
    const plain = await get("/ja/feeds");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.equals(fromReplay.body)).toBe(true);
  });

  it("sends feeds and filtered views again, and leaves conditional polls to the validators", async () => {
    for (const target of ["/feeds/all.ics?lang=en", "/feeds/changes.atom?lang=ja", "/api/v1/events", "/en/changes?since=2023-06-01"]) {
      const { fromNext, fromReplay, replays } = await hitThenReplay(target);
      expect(replays, target).toBe(1);
      expect(fromReplay.headers, target).toEqual(fromNext.headers);
      expect(fromReplay.body.equals(fromNext.body), target).toBe(true);
    }
    const feed = await get("/feeds/all.ics?lang=en");
    const before = await replayed();
    const poll = await get("/feeds/all.ics?lang=en", { "if-none-match": feed.headers.etag });
    expect(poll.status).toBe(304);
    expect(await replayed()).toBe(before);
  });

  it("leaves to Next what it must answer itself: RSC requests, HEAD, not-found pages", async () => {
    await hitThenReplay("/en/year");
    const before = await replayed();
    const rsc = await get("/en/year", { rsc: "1" });
    expect(rsc.headers["content-type"]).toContain("text/x-component");
    const head = await get("/en/year", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.byteLength).toBe(0);
    for (let i = 0; i < 3; i++) {
      const missing = await get("/en/events/no-such-event");
      expect(missing.status).toBe(404);
      expect(missing.headers["cache-control"]).toContain("no-store");
    }
    expect(await replayed()).toBe(before);
  });

  it("never sends an answer from before a write, even a raw SQL one by another process", async () => {
    const { fromReplay } = await hitThenReplay("/en");
    const other = new Database(databaseFile);
    const title = other.prepare("SELECT title_en FROM events WHERE status = 'published' ORDER BY id LIMIT 1").pluck().get() as string;
    expect(fromReplay.body.toString()).toContain(asHtmlText(title));
    other.prepare("UPDATE events SET title_en = ? WHERE title_en = ?").run(`${title} (moved)`, title);
    other.close();
    // Another process's write is seen within the data version's recheck interval (1 s).
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const after = await get("/en");
    expect(after.body.toString()).toContain(asHtmlText(`${title} (moved)`));
  });
});

/** Text as React writes it into HTML (public pages carry no RSC payload with the raw strings). */
function asHtmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
}
