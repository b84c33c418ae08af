import { describe, expect, it } from "vitest";
import { nextSequence } from "./sequence";

const base = {
  sequence: 2, allDay: true, startDate: "2023-10-27", endDate: "2023-10-29", startAt: null, endAt: null, timeZone: "Asia/Tokyo",
  countryCode: "JP", cityJa: "東京", cityEn: "Tokyo", venueJa: "", venueEn: "", status: "published", deletedAt: null,
};

describe("nextSequence", () => {
  it("rises when the date, place or status changes", () => {
    expect(nextSequence(base, { ...base, endDate: "2023-10-30" })).toBe(3);
    expect(nextSequence(base, { ...base, venueEn: "Hall A" })).toBe(3);
    expect(nextSequence(base, { ...base, status: "cancelled" })).toBe(3);
    expect(nextSequence(base, { ...base, deletedAt: new Date(0) })).toBe(3);
  });

  it("stays for text-only edits and for equal instants in different Date objects", () => {
    expect(nextSequence(base, { ...base })).toBe(2);
    const timed = { ...base, allDay: false, startAt: new Date("2023-11-12T05:00:00Z"), endAt: new Date("2023-11-12T09:00:00Z") };
    expect(nextSequence(timed, { ...timed, startAt: new Date("2023-11-12T05:00:00Z") })).toBe(2);
    expect(nextSequence(timed, { ...timed, startAt: new Date("2023-11-12T06:00:00Z") })).toBe(3);
  });
});
