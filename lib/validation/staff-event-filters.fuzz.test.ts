import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUZZ_RUNS, unicodeString } from "@/lib/testing/hostile-input";
import { parseStaffEventFilters, staffEventFiltersSchema, staffEventFiltersToQuery } from "./staff-event-filters";

const KEYS = Object.keys(staffEventFiltersSchema.shape);
const query = fc.dictionary(
  fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })),
  fc.oneof(fc.constant(undefined), unicodeString, fc.string({ maxLength: 3000 }), fc.array(unicodeString, { maxLength: 3 }), fc.constantFrom("draft", "deleted", "jp", "0", "1e9", "NaN")),
  { maxKeys: 8 },
);

describe("staff list filters from hostile URLs", () => {
  it("never throw, keep only valid known filters, and round-trip through their query", () => {
    fc.assert(
      fc.property(query, (input) => {
        const filters = parseStaffEventFilters(input as Record<string, string | string[] | undefined>);
        expect(staffEventFiltersSchema.safeParse(filters).success).toBe(true);
        expect(Object.keys(filters).every((k) => KEYS.includes(k))).toBe(true);
        const again = parseStaffEventFilters(Object.fromEntries(new URLSearchParams(staffEventFiltersToQuery(filters))));
        expect(again).toEqual(filters);
      }),
      // Pinned: page 1 once parsed to { page: 1 }, which the canonical query leaves out (found by a CI run).
      { ...FUZZ_RUNS, examples: [[{ page: "1" }], [{ page: ["1", "3"], status: "draft" }]] },
    );
  });
});
