import { describe, expect, it } from "vitest";
import { MINISTRY_CALENDAR_UIDS as UIDS, ministryCalendar } from "@/lib/testing/ministry-calendar";
import { readEventIcs, zoneFromTzid } from "./read-ics";

const read = (text: string, lang: "ja" | "en" = "ja") => {
  const result = readEventIcs(text, { lang, defaultZone: "Asia/Singapore" });
  if (!result.ok) throw new Error(result.problem.code);
  return result.rows;
};
const byUid = (text: string, uid: string) => read(text).find((r) => r.key.uid === uid)!;

describe("readEventIcs", () => {
  it("reads a timed event in its zone (a Windows zone name too), with text in the chosen language", () => {
    const row = byUid(ministryCalendar(), UIDS.timed);
    expect(row.values).toEqual({
      titleJa: "日ASEAN外相会合（準備会合）",
      descriptionJa: "準備のための会合です。\n議題は追って連絡します。",
      venueJa: "外務省 会議室",
      isTentative: "",
      allDay: "false",
      startDate: "2023-10-16",
      startTime: "14:00",
      endDate: "2023-10-16",
      endTime: "17:30",
      timeZone: "Asia/Tokyo",
    });
    expect(read(ministryCalendar(), "en").find((r) => r.key.uid === UIDS.timed)!.values).toMatchObject({ titleEn: "日ASEAN外相会合（準備会合）", venueEn: "外務省 会議室" });
  });

  it("tells all-day from timed as the feeds do: a DATE value is all-day, DTEND exclusive", () => {
    expect(byUid(ministryCalendar(), UIDS.allDay).values).toMatchObject({ allDay: "true", startDate: "2023-11-08", endDate: "2023-11-10", startTime: "", endTime: "" });
  });

  it("places a UTC time in the calendar's zone, with its DURATION, and reads STATUS:TENTATIVE as planned", () => {
    expect(byUid(ministryCalendar(), UIDS.utc).values).toMatchObject({ startDate: "2023-11-20", startTime: "10:00", endTime: "11:30", timeZone: "Asia/Tokyo" });
    expect(byUid(ministryCalendar(), UIDS.tentative).values).toMatchObject({ isTentative: "true", startTime: "09:00", timeZone: "Asia/Bangkok" });
    const noCalendarZone = ministryCalendar().replace("X-WR-TIMEZONE:Asia/Tokyo\r\n", "");
    expect(byUid(noCalendarZone, UIDS.utc).values).toMatchObject({ startTime: "09:00", timeZone: "Asia/Singapore" });
  });

  it("skips what it cannot hold, each with its reason: a series, a changed occurrence, a cancelled event", () => {
    const skipped = read(ministryCalendar()).filter((r) => r.skip).map((r) => [r.key.uid, r.skip!.code, r.label]);
    expect(skipped).toEqual([
      [UIDS.weekly, "import.errors.icsRecurring", "定例打合せ"],
      [UIDS.weekly, "import.errors.icsRecurrenceOverride", "定例打合せ（振替）"],
      [UIDS.cancelled, "import.errors.icsCancelled", "レセプション"],
    ]);
  });

  it("names the field of a zone that does not exist and of a missing end", () => {
    const bad = ministryCalendar().replace("DTSTART;TZID=Asia/Bangkok:", "DTSTART;TZID=Mars/Olympus_Mons:").replace("DURATION:PT1H30M\r\n", "");
    expect(byUid(bad, UIDS.tentative).problems).toEqual({ timeZone: [{ code: "import.errors.unknownZone", values: { zone: "Mars/Olympus_Mons" } }] });
    expect(byUid(bad, UIDS.utc).problems).toEqual({ endTime: [{ code: "import.errors.icsNoEnd" }] });
  });

  it("refuses a file that is not a calendar, or has no events", () => {
    expect(readEventIcs("名称,開始日\nx,2023-01-01\n", { lang: "ja", defaultZone: "Asia/Tokyo" })).toEqual({ ok: false, problem: { code: "import.errors.icsSyntax" } });
    expect(readEventIcs("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", { lang: "ja", defaultZone: "Asia/Tokyo" })).toEqual({ ok: false, problem: { code: "import.errors.icsNoEvents" } });
    // Found by the fuzz suite: with a BEGIN:VEVENT missing, ical.js parses, then throws when the calendar is read.
    const unopened = ministryCalendar().replace(`BEGIN:VEVENT\r\nUID:${UIDS.weekly}\r\nRECURRENCE-ID`, `UID:${UIDS.weekly}\r\nRECURRENCE-ID`);
    expect(readEventIcs(unopened, { lang: "ja", defaultZone: "Asia/Tokyo" })).toEqual({ ok: false, problem: { code: "import.errors.icsSyntax" } });
  });

  it("maps TZIDs to IANA zones: as written, prefixed, or Outlook's Windows names", () => {
    expect(zoneFromTzid("asia/tokyo")).toBe("Asia/Tokyo");
    expect(zoneFromTzid("/mozilla.org/20050126_1/Asia/Bangkok")).toBe("Asia/Bangkok");
    expect(zoneFromTzid("SE Asia Standard Time")).toBe("Asia/Bangkok");
    expect(zoneFromTzid("Central Olympus Time")).toBeNull();
  });
});
