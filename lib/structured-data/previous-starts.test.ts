import { describe, expect, it } from "vitest";
import { previousPublicStarts } from "./previous-starts";

const snap = (status: string, startDate: string, extra: Record<string, string | boolean | null> = {}) => ({
  status,
  datePrecision: "day",
  isTentative: false,
  allDay: true,
  startDate,
  endDate: startDate,
  startAt: null,
  endAt: null,
  timeZone: "Asia/Tokyo",
  ...extra,
});

const now = { datePrecision: "day" as const, isTentative: false, allDay: true, startDate: "2023-10-20", endDate: "2023-10-20", startAt: null, endAt: null, timeZone: "Asia/Tokyo" };

describe("previousPublicStarts", () => {
  it("lists the starts a published event was moved from, oldest first, once each", () => {
    const entries = [
      { before: snap("published", "2023-10-01"), after: snap("published", "2023-10-10") },
      { before: snap("published", "2023-10-10"), after: snap("published", "2023-10-10", { titleEn: "x" }) },
      { before: snap("published", "2023-10-10"), after: snap("published", "2023-10-01") },
      { before: snap("published", "2023-10-01"), after: snap("published", "2023-10-20") },
    ];
    expect(previousPublicStarts(entries, now).map((d) => d.startDate)).toEqual(["2023-10-01", "2023-10-10"]);
  });

  it("does not count moves of a draft, or days given to a month-only event", () => {
    const entries = [
      { before: snap("draft", "2023-09-01"), after: snap("draft", "2023-10-20") },
      { before: snap("published", "2023-10-01", { datePrecision: "month", endDate: "2023-10-31" }), after: snap("published", "2023-10-20") },
      { before: null, after: snap("published", "2023-10-20") },
    ];
    expect(previousPublicStarts(entries, now)).toEqual([]);
  });

  it("compares timed starts by their instants", () => {
    const timed = { ...now, allDay: false, startAt: new Date("2023-10-20T05:00:00Z"), endAt: new Date("2023-10-20T07:00:00Z") };
    const entries = [{ before: snap("published", "2023-10-20", { allDay: false, startAt: "2023-10-20T04:00:00.000Z", endAt: "2023-10-20T06:00:00.000Z" }), after: snap("published", "2023-10-20", { allDay: false, startAt: "2023-10-20T05:00:00.000Z", endAt: "2023-10-20T07:00:00.000Z" }) }];
    expect(previousPublicStarts(entries, timed).map((d) => d.startAt?.toISOString())).toEqual(["2023-10-20T04:00:00.000Z"]);
  });
});
