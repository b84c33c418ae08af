import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changesViewHref, changesViewQuery, filteredChangesPath, parseChangesView } from "./changes-view";

describe("changelog views", () => {
  it("read the schedule's filters and a since date, and write them back in a fixed order", () => {
    const { view, problems, badSince } = parseChangesView(new URLSearchParams("page=3&since=2023-10-01&special=1&q=ASEAN&type=meeting&country=jp&sector=tourism"));
    expect(problems).toEqual([]);
    expect(badSince).toBeNull();
    expect(view).toEqual({ filters: { sector: "tourism", country: "JP", type: "meeting", special: true, q: "ASEAN", page: 3 }, since: "2023-10-01" });
    expect(changesViewQuery(view)).toBe("sector=tourism&country=JP&type=meeting&special=1&q=ASEAN&since=2023-10-01&page=3");
    expect(changesViewQuery(view, { withPage: false })).toBe("sector=tourism&country=JP&type=meeting&special=1&q=ASEAN&since=2023-10-01");
    expect(changesViewHref({ filters: {}, since: null })).toBe("/changes");
    expect(changesViewHref({ filters: { host: "online" }, since: null })).toBe("/changes?country=online");
  });

  it("report a date that is no date and leave it out", () => {
    for (const since of ["2023-02-30", "yesterday", "1999-12-31", "2023-1-1"]) {
      const { view, badSince } = parseChangesView(new URLSearchParams({ since, sector: "tourism" }));
      expect(view).toEqual({ filters: { sector: "tourism" }, since: null });
      expect(badSince).toBe(since);
    }
    expect(parseChangesView(new URLSearchParams("since=")).badSince).toBeNull();
  });

  it("round-trip: every view reads back from its own query, through the proxy's path segment too", () => {
    const views = fc.record({
      sector: fc.constantFrom(undefined, "tourism", "economy"),
      country: fc.constantFrom(undefined, "JP", "online", "unstated"),
      type: fc.constantFrom(undefined, "meeting", "program"),
      special: fc.constantFrom(undefined, "1"),
      q: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
      since: fc.constantFrom(undefined, "2023-01-01", "2023-12-31"),
      page: fc.constantFrom(undefined, "1", "2", "40"),
    });
    fc.assert(
      fc.property(views, (raw) => {
        const query = new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => e[1] !== undefined));
        const { view } = parseChangesView(query);
        const written = changesViewQuery(view);
        expect(parseChangesView(new URLSearchParams(written)).view).toEqual(view);
        const path = filteredChangesPath("en", new URLSearchParams(written));
        if (path) expect(decodeURIComponent(path.slice("/en/changes/filtered/".length))).toBe(written);
        else expect(written).toBe("");
      }),
    );
  });
});
