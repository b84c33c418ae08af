import { describe, expect, it } from "vitest";
import { outlookCalendarLink } from "./outlook-calendar-link";

const allDay = { title: "Tourism, dialogue", details: "About it\n\nhttps://example.org/en/events/x", location: "Japan, Tokyo", time: { allDay: true as const, startDate: "2023-10-27", endDate: "2023-10-29", timeZone: "Asia/Tokyo" } };
const timed = {
  title: "Online", details: "", location: "Online",
  time: { allDay: false as const, startAt: new Date("2023-11-12T05:00:00Z"), endAt: new Date("2023-11-12T09:00:00Z"), timeZone: "Asia/Tokyo" },
};

describe("outlookCalendarLink", () => {
  it("opens Outlook.com's or Microsoft 365's new-event form, prefilled", () => {
    const personal = new URL(outlookCalendarLink(allDay, "outlook.com"));
    const work = new URL(outlookCalendarLink(allDay, "microsoft365"));
    expect(personal.origin + personal.pathname).toBe("https://outlook.live.com/calendar/0/deeplink/compose");
    expect(work.origin + work.pathname).toBe("https://outlook.office.com/calendar/0/deeplink/compose");
    expect(work.searchParams.get("rru")).toBe("addevent");
    expect(work.searchParams.get("subject")).toBe("Tourism, dialogue");
    expect(work.searchParams.get("location")).toBe("Japan, Tokyo");
    expect(work.searchParams.get("body")).toBe(allDay.details);
  });

  it("gives all-day events their local dates with the exclusive end, timed events UTC instants", () => {
    const day = new URL(outlookCalendarLink(allDay, "microsoft365")).searchParams;
    expect([day.get("startdt"), day.get("enddt"), day.get("allday")]).toEqual(["2023-10-27", "2023-10-30", "true"]);
    const time = new URL(outlookCalendarLink(timed, "outlook.com")).searchParams;
    expect([time.get("startdt"), time.get("enddt"), time.get("allday")]).toEqual(["2023-11-12T05:00:00Z", "2023-11-12T09:00:00Z", null]);
  });
});
