import { describe, expect, it } from "vitest";
import { googleCalendarLink } from "./google-calendar-link";

describe("googleCalendarLink", () => {
  it("uses date-only values with an exclusive end for all-day events", () => {
    const url = new URL(
      googleCalendarLink({ title: "Tourism, dialogue", details: "d", location: "Tokyo", time: { allDay: true, startDate: "2023-10-27", endDate: "2023-10-29", timeZone: "Asia/Tokyo" } }),
    );
    expect(url.searchParams.get("dates")).toBe("20231027/20231030");
    expect(url.searchParams.get("text")).toBe("Tourism, dialogue");
    expect(url.searchParams.has("ctz")).toBe(false);
  });

  it("uses UTC instants and the venue zone for timed events", () => {
    const url = new URL(
      googleCalendarLink({
        title: "Online", details: "", location: "",
        time: { allDay: false, startAt: new Date("2023-11-12T05:00:00Z"), endAt: new Date("2023-11-12T09:00:00Z"), timeZone: "Asia/Tokyo" },
      }),
    );
    expect(url.searchParams.get("dates")).toBe("20231112T050000Z/20231112T090000Z");
    expect(url.searchParams.get("ctz")).toBe("Asia/Tokyo");
  });
});
