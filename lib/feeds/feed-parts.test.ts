import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partCount, splitIntoParts } from "./feed-parts";

describe("splitIntoParts", () => {
  it("keeps every id once, in order, in at most maxParts parts of at least minPartEvents (unless one part)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 2000 }), (n, maxParts, min) => {
        const ids = Array.from({ length: n }, (_, i) => i);
        const parts = splitIntoParts(ids, maxParts, min);
        expect(parts.flat()).toEqual(ids);
        expect(partCount(n, maxParts, min)).toBe(parts.length);
        expect(parts.length).toBeLessThanOrEqual(maxParts);
        if (n === 0) expect(parts).toEqual([]);
        if (parts.length > 1) for (const part of parts) expect(part.length).toBeGreaterThanOrEqual(min);
        if (parts.length > 1) expect(Math.max(...parts.map((p) => p.length)) - Math.min(...parts.map((p) => p.length))).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it("splits 100,000 events in two halves for two workers, and a small feed not at all", () => {
    expect(splitIntoParts(Array.from({ length: 100_000 }, (_, i) => i), 2, 500).map((p) => p.length)).toEqual([50_000, 50_000]);
    expect(splitIntoParts(Array.from({ length: 31 }, (_, i) => i), 2, 500).map((p) => p.length)).toEqual([31]);
  });
});
