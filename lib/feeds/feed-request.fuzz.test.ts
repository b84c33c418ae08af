import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUZZ_RUNS, unicodeString } from "@/lib/testing/hostile-input";
import { parseFeedRequest } from "./feed-request";
import type { FeedRoute } from "./feed-routes";

const fixedRoute = fc.constantFrom<FeedRoute>({ kind: "all" }, { kind: "special" }, { kind: "youth" }, { kind: "filter" });
const pathRoute = fc
  .tuple(
    fc.constantFrom("sector", "country", "event"),
    fc.oneof(unicodeString, fc.string({ maxLength: 300 }), unicodeString.map((s) => `${s}.ics`), fc.constantFrom("tourism.ics", "jp.ics", "JP.ics", ".ics", "../all.ics", "a%2F..%2F.ics", "x".repeat(300) + ".ics")),
  )
  .map(([kind, file]) => ({ kind, file }) as FeedRoute);
const query = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom("lang", "range", "sector", "country", "type", "special", "q", "page"), fc.string({ maxLength: 6 })),
      fc.oneof(unicodeString, fc.string({ maxLength: 5000 }), fc.constantFrom("ja", "en", "EN", "fr", "", "all", "ALL", "tourism", "JP", "1", "-1", "1e999")),
    ),
    { maxLength: 8 },
  )
  .map((pairs) => new URLSearchParams(pairs));

describe("feed URLs under hostile input", () => {
  it("always parse to a feed or a 400/404 with a short plain message, never an exception", () => {
    fc.assert(
      fc.property(fc.oneof(fixedRoute, pathRoute), query, (route, q) => {
        const parsed = parseFeedRequest(route, q);
        if (parsed.ok) {
          expect(["ja", "en"]).toContain(parsed.lang);
          // The full range only when asked for exactly: never by accident.
          expect(parsed.range).toBe(q.get("range") === "all" ? "all" : "window");
        } else {
          expect([400, 404]).toContain(parsed.status);
          expect(parsed.message.trim().length).toBeGreaterThan(0);
          // Echoed values are cut short: an error page is not a way to reflect megabytes back.
          expect(parsed.message.length).toBeLessThan(1000);
        }
      }),
      FUZZ_RUNS,
    );
  });

  it("a filtered feed never silently widens: any invalid filter is a 400", () => {
    fc.assert(
      fc.property(fc.constantFrom("sector", "country", "type", "page"), fc.oneof(unicodeString, fc.constantFrom("nope", "XX", "0", "-3", "2.5")), (param, value) => {
        fc.pre(value.trim() !== "");
        const parsed = parseFeedRequest({ kind: "filter" }, new URLSearchParams({ [param]: value }));
        if (parsed.ok) {
          const filters = parsed.selection.kind === "filter" ? parsed.selection.filters : {};
          expect(Object.keys(filters)).toContain(param === "type" ? "type" : param);
        } else {
          expect(parsed.status).toBe(400);
        }
      }),
      FUZZ_RUNS,
    );
  });
});
