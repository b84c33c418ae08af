import { describe, expect, it } from "vitest";
import { googleCalendarSubscribeUrl, outlookSubscribeUrl, webcalUrl } from "./subscribe-links";

const feed = "https://schedule.example.org/feeds/all.ics?lang=en";

describe("subscribe links", () => {
  it("use webcal:// for calendar apps and Google, the https URL for Outlook.com and Microsoft 365", () => {
    expect(webcalUrl(feed)).toBe("webcal://schedule.example.org/feeds/all.ics?lang=en");
    expect(new URL(googleCalendarSubscribeUrl(feed)).searchParams.get("cid")).toBe("webcal://schedule.example.org/feeds/all.ics?lang=en");
    for (const [service, origin] of [["outlook.com", "https://outlook.live.com"], ["microsoft365", "https://outlook.office.com"]] as const) {
      const outlook = new URL(outlookSubscribeUrl(feed, "ASEAN–Japan 2023: all events", service));
      expect(outlook.origin + outlook.pathname).toBe(`${origin}/calendar/0/addfromweb`);
      expect(outlook.searchParams.get("url")).toBe(feed);
      expect(outlook.searchParams.get("name")).toBe("ASEAN–Japan 2023: all events");
    }
  });
});
