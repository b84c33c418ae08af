import { describe, expect, it } from "vitest";
import { createVersionedCache } from "./versioned-cache";

function setup(limits: { max?: number; maxSize?: number } = {}) {
  const state = { version: 1 };
  const cache = createVersionedCache<string>({
    tracker: { current: () => state.version, observe: (v: number) => void (state.version = Math.max(state.version, v)) },
    max: limits.max ?? 10,
    maxSize: limits.maxSize ?? 1000,
    sizeOf: (value) => value.length,
  });
  return { state, cache };
}

describe("createVersionedCache", () => {
  it("keeps a value for the version it was computed at", () => {
    const { cache } = setup();
    cache.set("a", "page a", 1);
    expect(cache.get("a")).toBe("page a");
  });

  it("drops every entry when the data version moves", () => {
    const { state, cache } = setup();
    cache.set("a", "page a", 1);
    cache.set("b", "page b", 1);
    state.version = 2;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size()).toBe(0);
  });

  it("does not store a value computed from data that has changed since", () => {
    const { state, cache } = setup();
    const readAt = cache.currentVersion();
    state.version = 2; // a write while the value was computed
    cache.set("a", "stale page", readAt);
    expect(cache.get("a")).toBeUndefined();
  });

  it("evicts the least recently used entries by count and by size", () => {
    const { cache } = setup({ max: 2, maxSize: 12 });
    cache.set("a", "aaaa", 1);
    cache.set("b", "bbbb", 1);
    cache.get("a");
    cache.set("c", "cccc", 1);
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual(["aaaa", undefined, "cccc"]);
    cache.set("d", "dddddddddd", 1);
    expect(cache.bytes()).toBeLessThanOrEqual(12);
    expect(cache.get("d")).toBe("dddddddddd");
  });
});

describe("getOrCompute", () => {
  it("computes once per version, keeps no null value, and learns a newer version read with the data", () => {
    const { state, cache } = setup();
    let computed = 0;
    const compute = () => ({ value: `page ${++computed}`, version: state.version });
    expect(cache.getOrCompute("a", compute)).toBe("page 1");
    expect(cache.getOrCompute("a", compute)).toBe("page 1");
    expect(cache.getOrCompute("missing", () => ({ value: null, version: 1 }))).toBeNull();
    expect(cache.size()).toBe(1);
    // Another process wrote: the data read says version 3 before this process saw it.
    expect(cache.getOrCompute("b", () => ({ value: "page b", version: 3 }))).toBe("page b");
    expect(state.version).toBe(3);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("b")).toBe("page b");
  });
});
