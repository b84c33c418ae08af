import { describe, expect, it } from "vitest";
import { parseScheduleFilters } from "./schedule-filters";
import { listHref, monthHref, parseTimelineRows, yearHref } from "./schedule-views";
import { filteredScheduleViewPath, queryFromSegment, viewAddressFromParams } from "./schedule-view-path";

describe("schedule views", () => {
  it("carry the same filters from the list to a month, to the year and back", () => {
    const { filters } = parseScheduleFilters(new URLSearchParams("special=1&sector=tourism&country=jp&page=2"));
    expect(listHref(filters)).toBe("/?sector=tourism&country=JP&special=1&page=2");
    const month = new URL(`http://x${monthHref("2023-10", filters)}`);
    expect(month.pathname).toBe("/calendar/2023-10");
    const year = new URL(`http://x${yearHref(parseScheduleFilters(month.searchParams).filters, "host")}`);
    expect(year.search).toBe("?sector=tourism&country=JP&special=1&rows=host");
    expect(listHref(parseScheduleFilters(year.searchParams).filters)).toBe("/?sector=tourism&country=JP&special=1");
    expect(monthHref("2023-01", {})).toBe("/calendar/2023-01");
    expect(yearHref({})).toBe("/year");
  });

  it("read the timeline's rows, reporting a value not understood", () => {
    expect(parseTimelineRows(new URLSearchParams("rows=host"))).toEqual({ rows: "host", problem: null });
    expect(parseTimelineRows(new URLSearchParams(""))).toEqual({ rows: "sector", problem: null });
    expect(parseTimelineRows(new URLSearchParams("rows=bogus"))).toEqual({ rows: "sector", problem: "bogus" });
  });

  it("are each served from a cacheable path of their own, and the rewrite is undone for the language switch", () => {
    const query = new URLSearchParams("sector=summit&rows=host&_rsc=1");
    const year = filteredScheduleViewPath("/en/year", query)!;
    expect(year).toBe(`/en/year/filtered/${encodeURIComponent("sector=summit&rows=host")}`);
    expect(viewAddressFromParams({ view: year.split("/")[4] })).toBe("/year?sector=summit&rows=host");
    const month = filteredScheduleViewPath("/ja/calendar/2023-10", new URLSearchParams("q=観光"))!;
    expect(month.startsWith("/ja/calendar/2023-10/filtered/")).toBe(true);
    expect(viewAddressFromParams({ month: "2023-10", view: month.split("/")[5] })).toBe(`/calendar/2023-10?${new URLSearchParams("q=観光")}`);
    expect(queryFromSegment(filteredScheduleViewPath("/en", new URLSearchParams("type=event"))!.split("/")[3])).toBe("type=event");
    expect(filteredScheduleViewPath("/en/year", new URLSearchParams())).toBeNull();
    expect(filteredScheduleViewPath("/en/feeds", new URLSearchParams("sector=summit"))).toBeNull();
    expect(filteredScheduleViewPath("/en/calendar/2023-10/x", new URLSearchParams("sector=summit"))).toBeNull();
    expect(viewAddressFromParams({})).toBeNull();
  });
});
