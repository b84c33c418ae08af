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

  it("reads the Host choice: a country code, or a host that is no one country", () => {
    expect(parseScheduleFilters({ country: "kr" })).toEqual({ filters: { country: "KR" }, problems: [] });
    expect(parseScheduleFilters({ country: "unstated" })).toEqual({ filters: { host: "unstated" }, problems: [] });
    expect(parseScheduleFilters({ country: "Online" })).toEqual({ filters: { host: "online" }, problems: [] });
    expect(scheduleFiltersToQuery({ country: "KR" })).toBe("country=KR");
    expect(scheduleFiltersToQuery({ host: "online", type: "program" })).toBe("country=online&type=program");
    // The host kind "country" is no filter of its own: a country is chosen by its code.
    expect(parseScheduleFilters({ country: "country" }).problems).toEqual([{ param: "country", value: "country" }]);
  });

  it("treats empty values as absent", () => {
    expect(parseScheduleFilters({ sector: "", q: "  " })).toEqual({ filters: {}, problems: [] });
  });

  it("reads page 1, the default, as absent, so the canonical query reads back the same", () => {
    expect(parseScheduleFilters({ sector: "summit", page: "1" })).toEqual({ filters: { sector: "summit" }, problems: [] });
  });
});
