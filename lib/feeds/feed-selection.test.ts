import { describe, expect, it } from "vitest";
import { feedCacheKey, feedCalendarInfo, feedName, feedPagePath, feedPath } from "./feed-selection";
import { feedWindow } from "./feed-window";

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

  it("carry range=all before the language for the full range; a single event has no range", () => {
    expect(feedPath({ kind: "all" }, "ja", "all")).toBe("/feeds/all.ics?range=all&lang=ja");
    expect(feedPath({ kind: "all" }, "ja", "window")).toBe("/feeds/all.ics?lang=ja");
    expect(feedPath({ kind: "filter", filters: { sector: "finance" } }, "en", "all")).toBe("/feeds/filter.ics?sector=finance&range=all&lang=en");
    expect(feedPath({ kind: "event", slug: "x-2023" }, "ja", "all")).toBe("/feeds/events/x-2023.ics?lang=ja");
  });

  it("give one cache key per normalised query, language and range", () => {
    const a = feedCacheKey({ kind: "filter", filters: { special: true, sector: "finance" } }, "en", "window");
    const b = feedCacheKey({ kind: "filter", filters: { sector: "finance", special: true, page: 2 } }, "en", "window");
    expect(a).toBe(b);
    expect(feedCacheKey({ kind: "all" }, "ja", "window")).not.toBe(feedCacheKey({ kind: "all" }, "en", "window"));
    expect(feedCacheKey({ kind: "all" }, "ja", "window")).not.toBe(feedCacheKey({ kind: "all" }, "ja", "all"));
  });
});

describe("feed names and pages", () => {
  it("name each feed in its language", () => {
    expect(feedName({ kind: "all" }, "en")).toBe("ASEAN–Japan 2023: all events");
    expect(feedName({ kind: "sector", sector: "tourism" }, "ja")).toBe("日ASEAN 2023：観光");
    expect(feedName({ kind: "country", country: "KR" }, "en")).toBe("ASEAN–Japan 2023: held in Republic of Korea");
    // A search text is a value, never a message: ICU syntax in it is printed as typed.
    expect(feedName({ kind: "filter", filters: { q: "{sector} it's #1 {q, plural, one {x}}" } }, "en")).toBe("ASEAN–Japan 2023: “{sector} it's #1 {q, plural, one {x}}”");
    expect(feedName({ kind: "filter", filters: { country: "JP", special: true, q: "観光" } }, "ja")).toBe("日ASEAN 2023：日本／★ 特別会合／「観光」");
    expect(feedName({ kind: "filter", filters: {} }, "en")).toBe("ASEAN–Japan 2023: all events");
  });

  it("link to the page with the same events", () => {
    expect(feedPagePath({ kind: "youth" }, "en")).toBe("/en/youth-program");
    expect(feedPagePath({ kind: "sector", sector: "tourism" }, "ja")).toBe("/ja?sector=tourism");
    const info = feedCalendarInfo({ kind: "special" }, "en", "https://s.example", feedWindow(40, "window"));
    expect(info.url).toBe("https://s.example/en?special=1");
    expect(info.source).toBe("https://s.example/feeds/special.ics?lang=en");
    expect(info.description).toContain(info.name);
    expect(info.description).not.toContain("range=all");
  });
});

describe("calendar properties of a windowed feed", () => {
  it("say in the description that the feed is windowed, and where every event is", () => {
    const en = feedCalendarInfo({ kind: "all" }, "en", "https://s.example", feedWindow(100_031, "window"));
    expect(en.description).toMatch(/^Official public schedule .*\. This feed holds the last 5,000 of 100,031 events by start date\. Every event: https:\/\/s\.example\/feeds\/all\.ics\?range=all&lang=en$/);
    expect(en.source).toBe("https://s.example/feeds/all.ics?lang=en");
    const ja = feedCalendarInfo({ kind: "sector", sector: "tourism" }, "ja", "https://s.example", feedWindow(6000, "window"));
    expect(ja.description).toContain("開始日の遅い5,000件（全6,000件中）");
    expect(ja.description).toContain("https://s.example/feeds/sector/tourism.ics?range=all&lang=ja");
  });

  it("describe the full range and the default feed up to the cap as plain feeds", () => {
    const all = feedCalendarInfo({ kind: "all" }, "en", "https://s.example", feedWindow(100_031, "all"));
    expect(all.source).toBe("https://s.example/feeds/all.ics?range=all&lang=en");
    expect(all.description).not.toContain("This feed holds");
    const atCap = feedCalendarInfo({ kind: "all" }, "en", "https://s.example", feedWindow(5000, "window"));
    expect(atCap.description).toBe(feedCalendarInfo({ kind: "all" }, "en", "https://s.example", feedWindow(0, "window")).description);
  });

  it("keep a filtered feed's search text inside its URL, percent-encoded", () => {
    const info = feedCalendarInfo({ kind: "filter", filters: { q: "a\r\nX-EVIL:1; b,c" } }, "en", "https://s.example", feedWindow(9000, "window"));
    expect(info.description).toContain("https://s.example/feeds/filter.ics?q=a%0D%0AX-EVIL%3A1%3B+b%2Cc&range=all&lang=en");
  });
});
