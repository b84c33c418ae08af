import { describe, expect, it } from "vitest";
import { parseScheduleFilters, scheduleFiltersToQuery } from "./schedule-filters";

describe("schedule filters", () => {
  it("parses every filter from a query and writes it back in a fixed order", () => {
    const { filters, problems } = parseScheduleFilters(
      new URLSearchParams("q=ASEAN&special=1&type=meeting&country=jp&sector=tourism&page=2"),
    );
    expect(problems).toEqual([]);
    expect(filters).toEqual({ sector: "tourism", country: "JP", type: "meeting", special: true, q: "ASEAN", page: 2 });
    expect(scheduleFiltersToQuery(filters)).toBe("sector=tourism&country=JP&type=meeting&special=1&q=ASEAN&page=2");
    expect(scheduleFiltersToQuery(filters, { withPage: false })).toBe("sector=tourism&country=JP&type=meeting&special=1&q=ASEAN");
  });

  it("reports bad parameters and keeps the good ones", () => {
    const { filters, problems } = parseScheduleFilters({ sector: "space", country: "XX", q: "x".repeat(101), type: "program", page: "-1" });
    expect(filters).toEqual({ type: "program" });
    expect(problems.map((p) => p.param).sort()).toEqual(["country", "page", "q", "sector"]);
  });

  it("treats empty values as absent", () => {
    expect(parseScheduleFilters({ sector: "", q: "  " })).toEqual({ filters: {}, problems: [] });
  });

  it("reads page 1, the default, as absent, so the canonical query reads back the same", () => {
    expect(parseScheduleFilters({ sector: "summit", page: "1" })).toEqual({ filters: { sector: "summit" }, problems: [] });
  });
});
