import { describe, expect, it } from "vitest";
import { googleCalendarSubscribeUrl, outlookSubscribeUrl, webcalUrl } from "./subscribe-links";

const feed = "https://schedule.example.org/feeds/all.ics?lang=en";

describe("subscribe links", () => {
  it("use webcal:// for calendar apps and Google, the https URL for Outlook", () => {
    expect(webcalUrl(feed)).toBe("webcal://schedule.example.org/feeds/all.ics?lang=en");
    expect(new URL(googleCalendarSubscribeUrl(feed)).searchParams.get("cid")).toBe("webcal://schedule.example.org/feeds/all.ics?lang=en");
    const outlook = new URL(outlookSubscribeUrl(feed, "ASEAN–Japan 2023: all events"));
    expect(outlook.origin + outlook.pathname).toBe("https://outlook.live.com/calendar/0/addfromweb");
    expect(outlook.searchParams.get("url")).toBe(feed);
    expect(outlook.searchParams.get("name")).toBe("ASEAN–Japan 2023: all events");
  });
});
