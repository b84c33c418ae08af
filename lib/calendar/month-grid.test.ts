import { describe, expect, it } from "vitest";
import { addMonths, isCalendarMonth, layoutMonth, monthWeeks, WEEK_START, weekdayOrder } from "./month-grid";

const item = (id: string, startDate: string, endDate = startDate) => ({ id, startDate, endDate });

describe("monthWeeks", () => {
  it("starts weeks on Sunday for Japanese and Monday for English", () => {
    // 1 March 2023 was a Wednesday.
    expect(monthWeeks("2023-03", WEEK_START.ja)[0][0]).toBe("2023-02-26");
    expect(monthWeeks("2023-03", WEEK_START.en)[0][0]).toBe("2023-02-27");
    expect(weekdayOrder(WEEK_START.en)).toEqual([1, 2, 3, 4, 5, 6, 0]);
  });

  it("covers the month in whole weeks and no more", () => {
    const weeks = monthWeeks("2023-04", WEEK_START.ja);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks.flat()).toContain("2023-04-30");
    expect(weeks.at(-1)!.at(-1)! >= "2023-04-30").toBe(true);
    expect(weeks.length).toBe(6);
    // February 2015 fills exactly four Sunday-first weeks.
    expect(monthWeeks("2015-02", WEEK_START.ja)).toHaveLength(4);
  });
});

describe("layoutMonth", () => {
  it("draws a multi-day event once per week, as wide as its days, and lists it on each of them", () => {
    const tourism = item("tourism", "2023-10-27", "2023-10-29");
    const weeks = layoutMonth("2023-10", WEEK_START.en, [tourism], 4);
    const days = weeks.flat().filter((d) => d.entries.length > 0);
    expect(days.map((d) => d.date)).toEqual(["2023-10-27", "2023-10-28", "2023-10-29"]);
    expect(days[0].entries[0]).toMatchObject({ head: true, span: 3, fromEarlier: false, untilLater: false });
    expect(days[1].entries[0]).toMatchObject({ head: false, lane: 0 });
  });

  it("breaks a bar at the end of a week and at the month's edges, saying it goes on", () => {
    // Friday 29 Nov 2023 to Thursday 7 Dec, Sunday-first weeks.
    const long = item("long", "2023-11-29", "2023-12-07");
    const heads = layoutMonth("2023-12", WEEK_START.ja, [long], 4)
      .flat()
      .flatMap((d) => d.entries.filter((e) => e.head).map((e) => ({ date: d.date, ...e })));
    expect(heads.map(({ date, span, fromEarlier, untilLater }) => ({ date, span, fromEarlier, untilLater }))).toEqual([
      { date: "2023-12-01", span: 2, fromEarlier: true, untilLater: true },
      { date: "2023-12-03", span: 5, fromEarlier: true, untilLater: false },
    ]);
  });

  it("keeps lanes so that bars line up, and counts what does not fit", () => {
    const items = [item("a", "2023-05-01", "2023-05-03"), item("b", "2023-05-02"), item("c", "2023-05-02"), item("d", "2023-05-03")];
    const days = layoutMonth("2023-05", WEEK_START.en, items, 2).flat();
    const on = (date: string) => days.find((d) => d.date === date)!;
    expect(on("2023-05-02").entries.map((e) => [e.item.id, e.lane])).toEqual([["a", 0], ["b", 1]]);
    expect(on("2023-05-02").hidden).toBe(1);
    expect(on("2023-05-03").entries.map((e) => [e.item.id, e.lane])).toEqual([["a", 0], ["d", 1]]);
    expect(on("2023-05-03").hidden).toBe(0);
  });

  it("puts nothing on the days of other months", () => {
    const days = layoutMonth("2023-03", WEEK_START.ja, [item("x", "2023-02-27", "2023-03-01")], 4).flat();
    expect(days.filter((d) => !d.inMonth).every((d) => d.entries.length === 0)).toBe(true);
    expect(days.find((d) => d.date === "2023-03-01")!.entries[0]).toMatchObject({ head: true, fromEarlier: true, span: 1 });
  });
});

describe("months", () => {
  it("steps across years", () => {
    expect(addMonths("2023-12", 1)).toBe("2024-01");
    expect(addMonths("2023-01", -1)).toBe("2022-12");
    expect(addMonths("2023-05", -17)).toBe("2021-12");
  });

  it("accepts only real months of this century", () => {
    expect(isCalendarMonth("2023-11")).toBe(true);
    for (const bad of ["2023-13", "2023-00", "2023-1", "1999-12", "2100-01", "2023-11-01", "x"]) expect(isCalendarMonth(bad)).toBe(false);
  });
});
