import { describe, expect, it } from "vitest";
import { filteredSchedulePath, publicSchedulePath } from "./schedule-view-path";

describe("schedule view paths", () => {
  it("rewrites a query to one path segment, leaving out Next's _rsc parameter", () => {
    expect(filteredSchedulePath("en", new URLSearchParams("sector=tourism&q=観光&_rsc=x1"))).toBe(
      `/en/filtered/${encodeURIComponent("sector=tourism&q=%E8%A6%B3%E5%85%89")}`,
    );
    expect(filteredSchedulePath("ja", new URLSearchParams(""))).toBeNull();
    expect(filteredSchedulePath("ja", new URLSearchParams("_rsc=abc"))).toBeNull();
  });

  it("bounds the length of the segment", () => {
    const path = filteredSchedulePath("ja", new URLSearchParams({ q: "x".repeat(10_000) }))!;
    expect(decodeURIComponent(path.split("/")[3]).length).toBeLessThanOrEqual(2000);
  });

  it("maps the internal path back to the public one, and round-trips the query", () => {
    const query = new URLSearchParams("country=JP&q=a b&special=1");
    const internal = filteredSchedulePath("en", query)!;
    const pathname = decodeURI(internal.slice("/en".length)); // what the page sees, locale stripped
    const back = publicSchedulePath(internal.slice("/en".length));
    expect(back).toBe(`/?${query.toString()}`);
    expect(pathname.startsWith("/filtered/")).toBe(true);
    expect(publicSchedulePath("/events/summit-2023")).toBe("/events/summit-2023");
  });
});
