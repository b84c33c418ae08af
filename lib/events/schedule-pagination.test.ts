import { describe, expect, it } from "vitest";
import { schedulePagination } from "./schedule-pagination";

describe("schedulePagination", () => {
  it("counts whole and partial pages", () => {
    expect(schedulePagination(100, 1, 50)).toEqual({ page: 1, pages: 2, beyondLast: false });
    expect(schedulePagination(101, 3, 50)).toEqual({ page: 3, pages: 3, beyondLast: false });
  });

  it("has one page when nothing matches", () => {
    expect(schedulePagination(0, 1, 50)).toEqual({ page: 1, pages: 1, beyondLast: false });
  });

  it("marks a page past the last one", () => {
    expect(schedulePagination(31, 2, 50)).toEqual({ page: 2, pages: 1, beyondLast: true });
    expect(schedulePagination(100_031, 3000, 50)).toEqual({ page: 3000, pages: 2001, beyondLast: true });
    expect(schedulePagination(100_031, 2001, 50).beyondLast).toBe(false);
  });
});
