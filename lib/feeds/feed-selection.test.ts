import { describe, expect, it } from "vitest";
import { feedCacheKey, feedCalendarInfo, feedName, feedPagePath, feedPath } from "./feed-selection";

describe("feed paths", () => {
  it("are stable, locale-free, end in .ics and carry the language last", () => {
    expect(feedPath({ kind: "all" }, "ja")).toBe("/feeds/all.ics?lang=ja");
    expect(feedPath({ kind: "special" }, "en")).toBe("/feeds/special.ics?lang=en");
    expect(feedPath({ kind: "youth" }, "en")).toBe("/feeds/youth.ics?lang=en");
    expect(feedPath({ kind: "sector", sector: "tourism" }, "ja")).toBe("/feeds/sector/tourism.ics?lang=ja");
    expect(feedPath({ kind: "country", country: "KR" }, "en")).toBe("/feeds/country/KR.ics?lang=en");
    expect(feedPath({ kind: "event", slug: "x-2023" }, "ja")).toBe("/feeds/events/x-2023.ics?lang=ja");
    expect(feedPath({ kind: "filter", filters: { q: "a&b", special: true, sector: "finance", page: 3 } }, "en")).toBe(
      "/feeds/filter.ics?sector=finance&special=1&q=a%26b&lang=en",
    );
  });

  it("give one cache key per normalised query", () => {
    const a = feedCacheKey({ kind: "filter", filters: { special: true, sector: "finance" } }, "en");
    const b = feedCacheKey({ kind: "filter", filters: { sector: "finance", special: true, page: 2 } }, "en");
    expect(a).toBe(b);
    expect(feedCacheKey({ kind: "all" }, "ja")).not.toBe(feedCacheKey({ kind: "all" }, "en"));
  });
});

describe("feed names and pages", () => {
  it("name each feed in its language", () => {
    expect(feedName({ kind: "all" }, "en")).toBe("ASEAN–Japan 2023: all events");
    expect(feedName({ kind: "sector", sector: "tourism" }, "ja")).toBe("日ASEAN 2023：観光");
    expect(feedName({ kind: "country", country: "KR" }, "en")).toBe("ASEAN–Japan 2023: held in Republic of Korea");
    expect(feedName({ kind: "filter", filters: { country: "JP", special: true, q: "観光" } }, "ja")).toBe("日ASEAN 2023：日本／★ 特別会合／「観光」");
    expect(feedName({ kind: "filter", filters: {} }, "en")).toBe("ASEAN–Japan 2023: all events");
  });

  it("link to the page with the same events", () => {
    expect(feedPagePath({ kind: "youth" }, "en")).toBe("/en/youth-program");
    expect(feedPagePath({ kind: "sector", sector: "tourism" }, "ja")).toBe("/ja?sector=tourism");
    const info = feedCalendarInfo({ kind: "special" }, "en", "https://s.example");
    expect(info.url).toBe("https://s.example/en?special=1");
    expect(info.source).toBe("https://s.example/feeds/special.ics?lang=en");
    expect(info.description).toContain(info.name);
  });
});
