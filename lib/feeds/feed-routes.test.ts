import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFeedRequest } from "./feed-request";
import { feedRouteFromPath, feedRoutePath } from "./feed-routes";
import { feedPath, type FeedSelection } from "./feed-selection";

describe("feedRouteFromPath", () => {
  it("maps every feed URL path to its route", () => {
    expect(feedRouteFromPath("/feeds/all.ics")).toEqual({ kind: "all" });
    expect(feedRouteFromPath("/feeds/special.ics")).toEqual({ kind: "special" });
    expect(feedRouteFromPath("/feeds/youth.ics")).toEqual({ kind: "youth" });
    expect(feedRouteFromPath("/feeds/filter.ics")).toEqual({ kind: "filter" });
    expect(feedRouteFromPath("/feeds/sector/tourism.ics")).toEqual({ kind: "sector", file: "tourism.ics" });
    expect(feedRouteFromPath("/feeds/country/JP.ics")).toEqual({ kind: "country", file: "JP.ics" });
    expect(feedRouteFromPath("/feeds/events/asean-japan-summit-2023.ics")).toEqual({ kind: "event", file: "asean-japan-summit-2023.ics" });
  });

  it("decodes a percent-encoded file name as the route's segments are decoded", () => {
    expect(feedRouteFromPath("/feeds/events/%61.ics")).toEqual({ kind: "event", file: "a.ics" });
    expect(feedRouteFromPath("/feeds/sector/touris%6D.ics")).toEqual({ kind: "sector", file: "tourism.ics" });
  });

  it("is null for other paths and for malformed percent-encoding", () => {
    for (const p of ["/feeds", "/feeds/", "/feeds/all.ics/", "/feeds/all", "/feeds/other.ics", "/x/feeds/all.ics", "/feeds/sector/", "/feeds/sector/a/b.ics", "/en/feeds", "/feeds/events/%ZZ.ics", "/feeds/%C0%AF.ics"]) {
      expect(feedRouteFromPath(p), p).toBeNull();
    }
  });
});

describe("the feed URL grammar", () => {
  const selections: FeedSelection[] = [
    { kind: "all" },
    { kind: "special" },
    { kind: "youth" },
    { kind: "sector", sector: "tourism" },
    { kind: "country", country: "JP" },
    { kind: "event", slug: "asean-japan-summit-2023" },
    { kind: "filter", filters: { sector: "finance", special: true, q: "a&b/c" } },
  ];

  it("parses every link it builds back into the same feed", () => {
    for (const selection of selections) {
      for (const range of ["window", "all"] as const) {
        const url = new URL(feedPath(selection, "en", range), "https://x.example");
        const route = feedRouteFromPath(url.pathname);
        expect(route, url.pathname).not.toBeNull();
        expect(feedRoutePath(route!)).toBe(url.pathname);
        const parsed = parseFeedRequest(route!, url.searchParams);
        expect(parsed).toMatchObject({ ok: true, lang: "en", selection });
      }
    }
  });

  it("is served by one catch-all route under app/feeds/", () => {
    const entries = fs.readdirSync(path.join(process.cwd(), "app", "feeds"), { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(entries.map((d) => d.name)).toEqual(["[...path]"]);
  });
});
