import { describe, expect, it } from "vitest";
import { eventDateFromRow, isWholeMonths, isYearMonth, lastDayOfMonth, monthSpan, monthsBetween, type EventDate } from "./date-precision";
import { formatEventDate, formatMonthRange } from "./format";

const december: EventDate = { precision: "month", tentative: false, time: { allDay: true, startDate: "2023-12-01", endDate: "2023-12-31", timeZone: "Asia/Tokyo" } };

describe("month precision", () => {
  it("stores a month as its first to last day, leap years included", () => {
    expect(monthSpan("2023-12")).toEqual({ startDate: "2023-12-01", endDate: "2023-12-31" });
    expect(monthSpan("2023-11", "2024-02")).toEqual({ startDate: "2023-11-01", endDate: "2024-02-29" });
    expect(lastDayOfMonth("2023-02")).toBe("2023-02-28");
    expect(isWholeMonths("2023-12-01", "2023-12-31")).toBe(true);
    expect(isWholeMonths("2023-12-01", "2023-12-30")).toBe(false);
    expect(monthsBetween("2023-11", "2024-02")).toBe(3);
    expect(isYearMonth("2023-12")).toBe(true);
    expect(isYearMonth("2023-00")).toBe(false);
    expect(isYearMonth("2023-12-01")).toBe(false);
  });

  it("shows the month and never a day, in both languages", () => {
    expect(formatEventDate(december, "en")).toBe("December 2023 (dates to be confirmed)");
    expect(formatEventDate(december, "ja")).toBe("2023年12月（日程未定）");
    const planned = { ...december, tentative: true };
    expect(formatEventDate(planned, "en")).toBe("December 2023 (planned; dates to be confirmed)");
    expect(formatEventDate(planned, "ja")).toBe("2023年12月（予定・日程未定）");
    for (const text of [formatEventDate(december, "en"), formatEventDate(december, "ja")]) expect(text).not.toMatch(/\b(1|31)\b|1日|31日/);
  });

  it("shows a run of months once, with the year where it changes", () => {
    expect(formatMonthRange("2023-11", "2023-12", "en")).toBe("November – December 2023");
    expect(formatMonthRange("2023-11", "2023-12", "ja")).toBe("2023年11月～12月");
    expect(formatMonthRange("2023-12", "2024-01", "en")).toBe("December 2023 – January 2024");
    expect(formatMonthRange("2023-12", "2024-01", "ja")).toBe("2023年12月～2024年1月");
  });

  it("marks a planned day, and leaves a confirmed one as formatEventTime shows it", () => {
    const day: EventDate = { precision: "day", tentative: true, time: { allDay: true, startDate: "2023-11-10", endDate: "2023-11-10", timeZone: "Asia/Vientiane" } };
    expect(formatEventDate(day, "en")).toBe("Fri 10 Nov 2023 (planned)");
    expect(formatEventDate(day, "ja")).toBe("2023年11月10日(金)（予定）");
    expect(formatEventDate({ ...day, tentative: false }, "en")).toBe("Fri 10 Nov 2023");
  });

  it("reads the precision and the planned flag from a row", () => {
    const row = { datePrecision: "month" as const, isTentative: true, allDay: true, startDate: "2023-07-01", endDate: "2023-07-31", startAt: null, endAt: null, timeZone: "Asia/Tokyo" };
    expect(formatEventDate(eventDateFromRow(row), "en")).toBe("July 2023 (planned; dates to be confirmed)");
  });
});
