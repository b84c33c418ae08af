import { describe, expect, it } from "vitest";
import { createResponseReplay, replayableHeaders, replayKey } from "./response-replay";

const PAGE_HIT = {
  "content-security-policy": ["default-src 'self'", "script-src 'self' 'sha256-x'"],
  vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
  "x-nextjs-cache": "HIT",
  "cache-control": "s-maxage=60, stale-while-revalidate=3540",
  "content-type": "text/html; charset=utf-8",
};
const FEED = { "cache-control": "public, max-age=300, stale-while-revalidate=600", "content-type": "text/calendar; charset=utf-8", etag: '"abc"' };

describe("replayKey", () => {
  it("keys a plain GET by its target and Accept-Encoding", () => {
    expect(replayKey("GET", "/en", {})).toBe("\n/en");
    expect(replayKey("GET", "/en?sector=summit", { "accept-encoding": "gzip, br" })).toBe("gzip, br\n/en?sector=summit");
    expect(replayKey("GET", "/en", { "accept-encoding": "gzip" })).not.toBe(replayKey("GET", "/en", {}));
  });

  it("sends to Next what is not a plain GET of a document: other methods, RSC and action requests, conditional and partial requests", () => {
    expect(replayKey("HEAD", "/en", {})).toBeNull();
    expect(replayKey("POST", "/en", {})).toBeNull();
    expect(replayKey("GET", "*", {})).toBeNull();
    for (const header of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action", "if-none-match", "if-modified-since", "range", "authorization"]) {
      expect(replayKey("GET", "/en", { [header]: "1" }), header).toBeNull();
    }
  });
});

describe("replayableHeaders", () => {
  it("keeps a page Next served from its page cache, and a public feed, without connection-level headers", () => {
    expect(replayableHeaders(200, { ...PAGE_HIT, date: "x", connection: "keep-alive", "transfer-encoding": "chunked" })).toEqual(PAGE_HIT);
    expect(replayableHeaders(200, { ...FEED, "content-length": 31179 })).toEqual(FEED);
  });

  it("keeps nothing a shared cache could not keep", () => {
    expect(replayableHeaders(404, PAGE_HIT)).toBeNull();
    expect(replayableHeaders(307, FEED)).toBeNull();
    // The first render of a page (its HTML is then stored, and the next request is a HIT).
    expect(replayableHeaders(200, { ...PAGE_HIT, "x-nextjs-cache": "MISS" })).toBeNull();
    expect(replayableHeaders(200, { ...PAGE_HIT, "x-nextjs-cache": "STALE" })).toBeNull();
    expect(replayableHeaders(200, { ...FEED, "set-cookie": "NEXT_LOCALE=en" })).toBeNull();
    expect(replayableHeaders(200, { ...FEED, "cache-control": "private, no-store" })).toBeNull();
    expect(replayableHeaders(200, { ...FEED, "cache-control": "no-cache" })).toBeNull();
    expect(replayableHeaders(200, { ...FEED, "cache-control": "public, max-age=0, must-revalidate" })).toBeNull();
    // max-age alone is for the browser, not a shared cache.
    expect(replayableHeaders(200, { ...FEED, "cache-control": "max-age=300" })).toBeNull();
    expect(replayableHeaders(200, { "content-type": "application/json" })).toBeNull();
    expect(replayableHeaders(200, { ...FEED, vary: "Cookie" })).toBeNull();
    expect(replayableHeaders(200, { ...FEED, vary: "Accept-Encoding, Accept-Language" })).toBeNull();
  });
});

describe("createResponseReplay", () => {
  function setup(options: { maxEntryBytes?: number } = {}) {
    const state = { version: 1 };
    return { state, replay: createResponseReplay({ tracker: { current: () => state.version }, ...options }) };
  }
  const key = replayKey("GET", "/en", {}) as string;

  it("answers with what was stored at the current data version, and nothing once the version moved", () => {
    const { state, replay } = setup();
    expect(replay.answer(key)).toBeUndefined();
    replay.store(key, { status: 200, headers: FEED, body: Buffer.from("BEGIN:VCALENDAR") }, replay.currentVersion());
    expect(replay.answer(key)).toEqual({ headers: FEED, body: Buffer.from("BEGIN:VCALENDAR") });
    expect(replay.stats()).toMatchObject({ entries: 1, replayed: 1 });
    state.version = 2;
    expect(replay.answer(key)).toBeUndefined();
  });

  it("does not keep an answer generated before a write that happened while it was sent", () => {
    const { state, replay } = setup();
    const before = replay.currentVersion();
    state.version = 2;
    replay.store(key, { status: 200, headers: FEED, body: Buffer.from("old") }, before);
    expect(replay.answer(key)).toBeUndefined();
  });

  it("does not keep what may not be replayed, nor bodies over its size limit", () => {
    const { replay } = setup({ maxEntryBytes: 4 });
    replay.store(key, { status: 200, headers: { ...PAGE_HIT, "x-nextjs-cache": "MISS" }, body: Buffer.from("ok") }, replay.currentVersion());
    expect(replay.answer(key)).toBeUndefined();
    replay.store(key, { status: 200, headers: FEED, body: Buffer.from("12345") }, replay.currentVersion());
    expect(replay.answer(key)).toBeUndefined();
    replay.store(key, { status: 200, headers: FEED, body: Buffer.from("1234") }, replay.currentVersion());
    expect(replay.answer(key)?.body.toString()).toBe("1234");
  });
});
