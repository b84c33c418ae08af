import { describe, expect, it } from "vitest";
import { createFeedCache, type Generated } from "./feed-cache";
import { feedBytes } from "./feed-http";
import { joinChunks } from "./testing/reference-feed";

function setup(options = {}) {
  const state = { local: 0, version: 1, clock: 0, versionReads: 0, generated: 0 };
  const cache = createFeedCache(
    {
      localChangeCount: () => state.local,
      readDataVersion: () => {
        state.versionReads += 1;
        return { version: state.version, changedAt: new Date(0) };
      },
      now: () => state.clock,
    },
    { recheckMs: 1000, ...options },
  );
  // Each feed in two chunks, as generated feeds are (one per batch of events).
  const generate = (text = "feed") => (): Generated => {
    state.generated += 1;
    return { version: state.version, feed: feedBytes([Buffer.from(text), Buffer.from(` v${state.version}`)], new Date(0)) };
  };
  return { state, cache, generate };
}

describe("feed cache", () => {
  it("does no generation and no version read while nothing changes", () => {
    const { state, cache, generate } = setup();
    const first = cache.get("all|ja", generate());
    for (let i = 0; i < 100; i++) {
      state.clock += 5;
      expect(cache.get("all|ja", generate())).toBe(first);
    }
    expect(state.generated).toBe(1);
    expect(state.versionReads).toBe(1);
  });

  it("regenerates at once after a write in this process", () => {
    const { state, cache, generate } = setup();
    const first = cache.get("all|ja", generate());
    state.version = 2;
    state.local = 1;
    const second = cache.get("all|ja", generate());
    expect(second).not.toBe(first);
    expect(joinChunks(second!.chunks)).toBe("feed v2");
    expect(second!.etag).not.toBe(first!.etag);
    expect(state.generated).toBe(2);
  });

  it("sees another process's write after the recheck interval, with one version read for all feeds", () => {
    const { state, cache, generate } = setup();
    cache.get("a", generate());
    cache.get("b", generate());
    state.version = 2; // written elsewhere: localChangeCount does not move
    state.clock = 999;
    expect(joinChunks(cache.get("a", generate())!.chunks)).toBe("feed v1");
    state.clock = 1000;
    expect(joinChunks(cache.get("a", generate())!.chunks)).toBe("feed v2");
    expect(joinChunks(cache.get("b", generate())!.chunks)).toBe("feed v2");
    expect(state.versionReads).toBe(2);
  });

  it("peek returns a current entry without generating, and nothing once the data changed", () => {
    const { state, cache, generate } = setup();
    expect(cache.peek("all|ja")).toBeNull();
    const first = cache.get("all|ja", generate());
    expect(cache.peek("all|ja")).toBe(first);
    expect(cache.peek("all|en")).toBeNull();
    state.version = 2; // written elsewhere: seen after the recheck interval, as by get
    state.clock = 1000;
    expect(cache.peek("all|ja")).toBeNull();
    expect(state.generated).toBe(1);
    expect(cache.size()).toBe(0);
  });

  it("counts a peek as a use: a feed only ever polled stays in the cache", () => {
    const { cache, generate } = setup({ maxEntries: 2 });
    cache.get("polled", generate("polled"));
    cache.get("b", generate("b"));
    cache.peek("polled"); // now the most recently used
    cache.get("c", generate("c"));
    expect(cache.peek("polled")).not.toBeNull();
    expect(cache.peek("b")).toBeNull();
  });

  it("does not cache misses", () => {
    const { state, cache } = setup();
    const miss = (): Generated => {
      state.generated += 1;
      return { version: 1, feed: null };
    };
    expect(cache.get("event:x", miss)).toBeNull();
    expect(cache.get("event:x", miss)).toBeNull();
    expect(state.generated).toBe(2);
    expect(cache.size()).toBe(0);
  });

  it("is bounded: evicts the least recently used entries by count and by bytes", () => {
    const { cache, generate, state } = setup({ maxEntries: 3, maxBytes: 1000 });
    for (const key of ["a", "b", "c"]) cache.get(key, generate(key));
    cache.get("a", generate("a")); // a is now the most recent
    cache.get("d", generate("d"));
    expect(cache.size()).toBe(3);
    const before = state.generated;
    cache.get("a", generate("a"));
    expect(state.generated).toBe(before);
    cache.get("b", generate("b"));
    expect(state.generated).toBe(before + 1);
    cache.get("big", generate("x".repeat(990))); // 993 bytes in two chunks: two small entries must go
    expect(cache.bytes()).toBe(993 + 4); // "big" and "b" (" v1" is 3 bytes of each)
    expect(cache.size()).toBe(2);
    cache.get("huge", generate("y".repeat(5000))); // larger than the limit: kept alone
    expect(cache.size()).toBe(1);
    expect(cache.get("huge", generate("y".repeat(5000)))).not.toBeNull();
  });

  it("frees entries of older versions when the data changes", () => {
    const { state, cache, generate } = setup();
    cache.get("a", generate());
    cache.get("b", generate());
    state.version = 2;
    state.local = 1;
    cache.get("a", generate());
    expect(cache.size()).toBe(1);
  });
});
