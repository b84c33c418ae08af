import { describe, expect, it } from "vitest";
import { nextSequence } from "./sequence";

const base = {
  sequence: 2, datePrecision: "day", isTentative: false, hostKind: "country", allDay: true, startDate: "2023-10-27", endDate: "2023-10-29", startAt: null, endAt: null, timeZone: "Asia/Tokyo",
  countryCode: "JP", cityJa: "東京", cityEn: "Tokyo", venueJa: "", venueEn: "", status: "published", deletedAt: null,
};

describe("nextSequence", () => {
  it("rises when the date, place or status changes", () => {
    expect(nextSequence(base, { ...base, endDate: "2023-10-30" })).toBe(3);
    expect(nextSequence(base, { ...base, venueEn: "Hall A" })).toBe(3);
    expect(nextSequence(base, { ...base, status: "cancelled" })).toBe(3);
    expect(nextSequence(base, { ...base, deletedAt: new Date(0) })).toBe(3);
  });

  it("rises when a month-only date gets its days, when planned becomes confirmed, and when the host changes", () => {
    const monthOnly = { ...base, datePrecision: "month", startDate: "2023-12-01", endDate: "2023-12-31" };
    expect(nextSequence(monthOnly, { ...monthOnly, datePrecision: "day", startDate: "2023-12-16", endDate: "2023-12-16" })).toBe(3);
    expect(nextSequence({ ...base, isTentative: true }, base)).toBe(3);
    expect(nextSequence(base, { ...base, hostKind: "unstated", countryCode: null, cityJa: "", cityEn: "" })).toBe(3);
  });

  it("stays for text-only edits and for equal instants in different Date objects", () => {
    expect(nextSequence(base, { ...base })).toBe(2);
    const timed = { ...base, allDay: false, startAt: new Date("2023-11-12T05:00:00Z"), endAt: new Date("2023-11-12T09:00:00Z") };
    expect(nextSequence(timed, { ...timed, startAt: new Date("2023-11-12T05:00:00Z") })).toBe(2);
    expect(nextSequence(timed, { ...timed, startAt: new Date("2023-11-12T06:00:00Z") })).toBe(3);
  });
});
