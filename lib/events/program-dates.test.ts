import { describe, expect, it } from "vitest";
import { datesKey, datesOutside, programDateRange } from "./program-dates";

describe("program dates", () => {
  it("covers the Year of Friendship, widened to the events on the schedule", () => {
    expect(programDateRange({ first: null, last: null })).toEqual({ first: "2023-01-01", last: "2023-12-31" });
    expect(programDateRange({ first: "2022-12-15", last: "2023-06-01" })).toEqual({ first: "2022-12-15", last: "2023-12-31" });
    expect(programDateRange({ first: "2023-02-01", last: "2024-01-10" })).toEqual({ first: "2023-01-01", last: "2024-01-10" });
  });

  it("finds a typo such as 2032 for 2023, at either end", () => {
    const range = programDateRange({ first: null, last: null });
    expect(datesOutside({ startDate: "2032-10-10", endDate: "2032-10-10" }, range)).toBe(true);
    expect(datesOutside({ startDate: "2023-12-31", endDate: "2024-01-01" }, range)).toBe(true);
    expect(datesOutside({ startDate: "2022-12-31", endDate: "2023-01-02" }, range)).toBe(true);
    expect(datesOutside({ startDate: "2023-01-01", endDate: "2023-12-31" }, range)).toBe(false);
    expect(datesKey({ startDate: "2032-10-10", endDate: "2032-10-11" })).toBe("2032-10-10/2032-10-11");
  });
});
