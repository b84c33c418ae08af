import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUZZ_RUNS, hostileValue, unicodeString } from "@/lib/testing/hostile-input";
import { parseScheduleFilters, scheduleFiltersSchema, scheduleFiltersToQuery, type FilterParam } from "./schedule-filters";

const PARAMS: FilterParam[] = ["sector", "country", "type", "special", "q", "page"];

/** What a URL query can carry: strings, repeated keys (arrays), or nothing. */
const queryValue = fc.oneof(
  fc.constant(undefined),
  unicodeString,
  fc.string({ maxLength: 5000 }),
  fc.constantFrom("tourism", "jp", "JP", "meeting", "1", "0", "-1", "1e9", "2.5", "NaN", "0x10", "true", "on", " ", "%00"),
  fc.array(fc.oneof(unicodeString, fc.constantFrom("tourism", "JP")), { maxLength: 3 }),
);
const query = fc.dictionary(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 8 })), queryValue, { maxKeys: 8 });

describe("schedule filters from hostile URLs", () => {
  it("never throw; what they keep always passes the schema; each problem names a real parameter", () => {
    fc.assert(
      fc.property(query, (input) => {
        const { filters, problems } = parseScheduleFilters(input as Record<string, string | string[] | undefined>);
        expect(scheduleFiltersSchema.safeParse(filters).success).toBe(true);
        for (const p of problems) {
          expect(PARAMS).toContain(p.param);
          expect(filters).not.toHaveProperty(p.param);
        }
        expect(Object.keys(filters).every((k) => (PARAMS as string[]).includes(k))).toBe(true);
      }),
      FUZZ_RUNS,
    );
  });

  it("also from URLSearchParams, and the canonical query of the result reads back to the same filters", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 6 })), fc.oneof(unicodeString, fc.string())), { maxLength: 8 }), (pairs) => {
        const { filters } = parseScheduleFilters(new URLSearchParams(pairs));
        const again = parseScheduleFilters(new URLSearchParams(scheduleFiltersToQuery(filters)));
        expect(again.problems).toEqual([]);
        expect(again.filters).toEqual(filters);
      }),
      // Pinned: page 1 once parsed to { page: 1 }, which the canonical query leaves out.
      { ...FUZZ_RUNS, examples: [[[["page", "1"]]], [[["sector", "summit"], ["page", "1"]]]] },
    );
  });

  it("the schema itself rejects wrong types without throwing", () => {
    fc.assert(
      fc.property(fc.record({ sector: hostileValue, country: hostileValue, page: hostileValue, q: hostileValue }, { requiredKeys: [] }), (input) => {
        const result = scheduleFiltersSchema.safeParse(input);
        if (!result.success) for (const issue of result.error.issues) expect(issue.message.length).toBeGreaterThan(0);
      }),
      FUZZ_RUNS,
    );
  });
});
