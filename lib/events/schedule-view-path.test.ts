import { describe, expect, it } from "vitest";
import { eventFromViewPath, eventPagePath, filteredScheduleViewPath, queryFromSegment } from "./schedule-view-path";

describe("schedule view paths", () => {
  it("rewrites a query to one path segment, leaving out Next's _rsc parameter", () => {
    expect(filteredScheduleViewPath("/en", new URLSearchParams("sector=tourism&q=観光&_rsc=x1"))).toBe(
      `/en/filtered/${encodeURIComponent("sector=tourism&q=%E8%A6%B3%E5%85%89")}`,
    );
    expect(filteredScheduleViewPath("/ja", new URLSearchParams(""))).toBeNull();
    expect(filteredScheduleViewPath("/ja", new URLSearchParams("_rsc=abc"))).toBeNull();
  });

  it("bounds the length of the segment", () => {
    const path = filteredScheduleViewPath("/ja", new URLSearchParams({ q: "x".repeat(10_000) }))!;
    expect(decodeURIComponent(path.split("/")[3]).length).toBeLessThanOrEqual(2000);
  });

  it("reads the query back from the segment, encoded or already decoded, never throwing", () => {
    const query = new URLSearchParams("country=JP&q=a b&special=1").toString();
    const segment = filteredScheduleViewPath("/en", new URLSearchParams(query))!.split("/")[3];
    expect(queryFromSegment(segment)).toBe(query);
    expect(queryFromSegment(decodeURIComponent(segment))).toBe(query);
    expect(queryFromSegment("q=100%")).toBe("q=100%");
    expect(queryFromSegment("%E0%A4%A")).toBe("%E0%A4%A");
  });

  it("carries a view's query to an event page and back, and serves that page from its own path", () => {
    expect(eventPagePath("summit-2023", "")).toBe("/events/summit-2023");
    const href = eventPagePath("summit-2023", "sector=summit&q=a b");
    expect(href).toBe("/events/summit-2023?from=sector%3Dsummit%26q%3Da%20b");
    const url = new URL(`http://x/en${href}`);
    const internal = eventFromViewPath(url.pathname, url.searchParams)!;
    expect(internal).toBe(`/en/events/summit-2023/from/${encodeURIComponent("sector=summit&q=a b")}`);
    expect(queryFromSegment(internal.split("/")[5])).toBe("sector=summit&q=a b");
    expect(eventFromViewPath("/en/events/summit-2023", new URLSearchParams())).toBeNull();
    expect(eventFromViewPath("/en/events/summit-2023/x", new URLSearchParams("from=a%3D1"))).toBeNull();
  });
});
