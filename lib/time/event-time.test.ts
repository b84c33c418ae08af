import { describe, expect, it } from "vitest";
import { addDays, daysBetween, datesInRange, isCalendarDate, weekday } from "./calendar-date";
import { eventTimeFromLocal, eventTimeRange, eventTimeToLocal, exclusiveEndDate, storedEventTime, type EventTime } from "./event-time";
import { formatDate, formatDateRange, formatEventTime, formatTimedRange } from "./format";
import { isValidTimeZone, localToInstant, utcOffsetLabel } from "./zones";

describe("calendar dates", () => {
  it("knows the real 2023 weekdays, not the source document's labels", () => {
    // The briefing labels 1 Dec 2023 (水) and 4 Dec (土); the calendar says Friday and Monday.
    expect(weekday("2023-12-01")).toBe(5);
    expect(weekday("2023-12-04")).toBe(1);
    expect(weekday("2023-11-30")).toBe(4);
    expect(weekday("2023-11-12")).toBe(0);
    expect(formatDate("2023-12-01", "ja")).toBe("2023年12月1日(金)");
    expect(formatDate("2023-12-01", "en")).toBe("Fri 1 Dec 2023");
  });

  it("validates dates strictly", () => {
    expect(isCalendarDate("2023-02-29")).toBe(false);
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-13-01")).toBe(false);
    expect(isCalendarDate("2023-1-01")).toBe(false);
    // Years below 100 are years too (not 1900–1999), so that a range check, not this one, refuses them.
    expect(isCalendarDate("0001-01-01")).toBe(true);
    expect(isCalendarDate("0023-02-29")).toBe(false);
    expect(isCalendarDate("9999-12-31")).toBe(true);
  });

  it("adds days across months and years", () => {
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
    expect(addDays("2023-03-01", -1)).toBe("2023-02-28");
    expect(daysBetween("2023-11-12", "2023-12-09")).toBe(27);
    expect(datesInRange("2023-10-27", "2023-10-29")).toEqual(["2023-10-27", "2023-10-28", "2023-10-29"]);
  });
});

describe("all-day events", () => {
  const tourism: EventTime = { allDay: true, startDate: "2023-10-27", endDate: "2023-10-29", timeZone: "Asia/Tokyo" };

  it("formats multi-day spans with each end's weekday", () => {
    expect(formatDateRange("2023-10-27", "2023-10-29", "ja")).toBe("2023年10月27日(金)～29日(日)");
    expect(formatDateRange("2023-10-27", "2023-10-29", "en")).toBe("Fri 27 – Sun 29 Oct 2023");
    expect(formatDateRange("2023-11-29", "2023-12-09", "ja")).toBe("2023年11月29日(水)～12月9日(土)");
    expect(formatDateRange("2023-11-29", "2023-12-09", "en")).toBe("Wed 29 Nov – Sat 9 Dec 2023");
    expect(formatDateRange("2023-12-30", "2024-01-02", "en")).toBe("Sat 30 Dec 2023 – Tue 2 Jan 2024");
  });

  it("stays on its own dates for a viewer in another time zone", () => {
    expect(formatEventTime(tourism, "en", "America/Los_Angeles")).toBe("Fri 27 – Sun 29 Oct 2023");
    expect(formatEventTime(tourism, "en", "Pacific/Kiritimati")).toBe("Fri 27 – Sun 29 Oct 2023");
  });

  it("has an exclusive end date and covers local midnights of the venue", () => {
    expect(exclusiveEndDate("2023-10-29")).toBe("2023-10-30");
    const { start, end } = eventTimeRange(tourism);
    expect(start.toISOString()).toBe("2023-10-26T15:00:00.000Z");
    expect(end.toISOString()).toBe("2023-10-29T15:00:00.000Z");
  });

  it("refuses an end before the start", () => {
    expect(
      eventTimeFromLocal({ allDay: true, startDate: "2023-10-29", endDate: "2023-10-27", startTime: "", endTime: "", timeZone: "Asia/Tokyo" }),
    ).toEqual({ field: "endDate", message: "end_before_start" });
    // A timed event ending on an earlier day: the end date is wrong, not the end time.
    expect(
      eventTimeFromLocal({ allDay: false, startDate: "2023-10-29", endDate: "2023-10-27", startTime: "10:00", endTime: "12:00", timeZone: "Asia/Tokyo" }),
    ).toEqual({ field: "endDate", message: "end_before_start" });
  });
});

describe("timed events", () => {
  const online = eventTimeFromLocal({
    allDay: false,
    startDate: "2023-11-12",
    startTime: "14:00",
    endDate: "2023-11-12",
    endTime: "18:00",
    timeZone: "Asia/Tokyo",
  }) as Extract<EventTime, { allDay: false }>;

  it("converts venue wall-clock time to instants", () => {
    expect(online.startAt.toISOString()).toBe("2023-11-12T05:00:00.000Z");
    expect(online.endAt.toISOString()).toBe("2023-11-12T09:00:00.000Z");
  });

  it("shows the venue time with its UTC offset and converts for viewers, including DST zones", () => {
    expect(formatEventTime(online, "en")).toBe("Sun 12 Nov 2023 14:00–18:00 (UTC+9)");
    expect(formatEventTime(online, "ja")).toBe("2023年11月12日(日) 14:00～18:00 (UTC+9)");
    // New York left DST on 5 Nov 2023: UTC−5 in November.
    expect(formatEventTime(online, "en", "America/New_York")).toBe("Sun 12 Nov 2023 00:00–04:00 (UTC\u22125)");
    // In July New York is on daylight time, UTC−4.
    const july = localToInstant("2023-07-06", "10:00", "Asia/Tokyo")!;
    expect(utcOffsetLabel(july, "America/New_York")).toBe("UTC\u22124");
    expect(formatTimedRange(july, new Date(july.getTime() + 3_600_000), "America/New_York", "en")).toBe(
      "Wed 5 Jul 2023 21:00–22:00 (UTC\u22124)",
    );
    expect(utcOffsetLabel(july, "Asia/Kolkata")).toBe("UTC+5:30");
  });

  it("crosses midnight into the viewer's next or previous day", () => {
    expect(formatEventTime(online, "en", "Pacific/Honolulu")).toBe(
      "Sat 11 Nov 2023 19:00–23:00 (UTC\u221210)",
    );
  });

  it("derives local dates; ending exactly at midnight does not occupy the next day", () => {
    const late = eventTimeFromLocal({
      allDay: false, startDate: "2023-12-08", startTime: "20:00", endDate: "2023-12-09", endTime: "00:00", timeZone: "Asia/Tokyo",
    }) as EventTime;
    expect(storedEventTime(late)).toMatchObject({ startDate: "2023-12-08", endDate: "2023-12-08" });
    const overnight = eventTimeFromLocal({
      allDay: false, startDate: "2023-12-08", startTime: "23:00", endDate: "2023-12-09", endTime: "00:30", timeZone: "Asia/Tokyo",
    }) as EventTime;
    expect(storedEventTime(overnight)).toMatchObject({ startDate: "2023-12-08", endDate: "2023-12-09" });
  });

  it("starts at midnight on the right day", () => {
    const t = eventTimeFromLocal({
      allDay: false, startDate: "2023-09-06", startTime: "00:00", endDate: "2023-09-06", endTime: "01:00", timeZone: "Asia/Jakarta",
    }) as Extract<EventTime, { allDay: false }>;
    expect(t.startAt.toISOString()).toBe("2023-09-05T17:00:00.000Z");
    expect(storedEventTime(t)).toMatchObject({ startDate: "2023-09-06", endDate: "2023-09-06" });
  });

  it("refuses end before start and local times skipped by DST", () => {
    expect(
      eventTimeFromLocal({ allDay: false, startDate: "2023-11-12", startTime: "18:00", endDate: "2023-11-12", endTime: "14:00", timeZone: "Asia/Tokyo" }),
    ).toEqual({ field: "endTime", message: "end_before_start" });
    expect(localToInstant("2023-03-12", "02:30", "America/New_York")).toBeNull();
  });

  it("round-trips through form values", () => {
    expect(eventTimeToLocal(online)).toEqual({
      allDay: false, startDate: "2023-11-12", startTime: "14:00", endDate: "2023-11-12", endTime: "18:00", timeZone: "Asia/Tokyo",
    });
  });
});

describe("time zones", () => {
  it("accepts IANA zones and refuses others", () => {
    expect(isValidTimeZone("Asia/Jakarta")).toBe(true);
    expect(isValidTimeZone("Asia/Atlantis")).toBe(false);
    expect(isValidTimeZone("JST")).toBe(false);
  });
});
