import { describe, expect, it } from "vitest";
import { packLanes, yearMonths, yearPosition } from "./year-timeline";

describe("the year's axis", () => {
  it("places a day and a span in percent of the year, clipped to it", () => {
    expect(yearPosition({ startDate: "2023-01-01", endDate: "2023-01-01" }, 2023)).toEqual({ left: 0, width: 0.274 });
    expect(yearPosition({ startDate: "2023-12-31", endDate: "2023-12-31" }, 2023)).toEqual({ left: 99.726, width: 0.274 });
    expect(yearPosition({ startDate: "2022-12-30", endDate: "2023-01-02" }, 2023)).toEqual({ left: 0, width: 0.548 });
    expect(yearPosition({ startDate: "2024-01-01", endDate: "2024-01-02" }, 2023)).toBeNull();
  });

  it("divides the year into its months end to end", () => {
    const months = yearMonths(2023);
    expect(months.map((m) => m.month)).toHaveLength(12);
    expect(months[1]).toEqual({ month: "2023-02", left: 8.493, width: 7.671 });
    const sum = months.reduce((total, m) => total + m.width, 0);
    expect(sum).toBeCloseTo(100, 1);
  });
});

describe("packLanes", () => {
  it("keeps overlapping items, and marks too close to read apart, in separate lanes", () => {
    const items = [
      { id: "a", startDate: "2023-11-29", endDate: "2023-11-30" },
      { id: "b", startDate: "2023-11-30", endDate: "2023-11-30" },
      { id: "c", startDate: "2023-12-01", endDate: "2023-12-04" },
      { id: "d", startDate: "2023-12-10", endDate: "2023-12-10" },
      { id: "e", startDate: "2023-12-12", endDate: "2023-12-12" },
    ];
    expect(packLanes(items, 1).map((p) => p.lane)).toEqual([0, 1, 0, 0, 0]);
    expect(packLanes(items, 4).map((p) => p.lane)).toEqual([0, 1, 2, 0, 1]);
  });
});
