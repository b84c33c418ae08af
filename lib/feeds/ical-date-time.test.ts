import { formatDate, formatDateTZ } from "ical-generator";
import fc from "fast-check";
import { DateTime, IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { IcalDateTime } from "./ical-date-time";

describe("IcalDateTime", () => {
  const tokyo = IANAZone.create("Asia/Tokyo");
  const start = Date.parse("2023-11-12T05:00:00Z");

  it("is written by ical-generator as the venue's wall clock with its TZID", () => {
    expect(formatDateTZ(null, "DTSTART", IcalDateTime.inZone(start, tokyo), { timezone: "Asia/Tokyo" })).toBe(
      "DTSTART;TZID=Asia/Tokyo:20231112T140000",
    );
  });

  it("is written in UTC with Z without a zone, and as a date for all-day values", () => {
    expect(formatDate(null, IcalDateTime.utc(start))).toBe("20231112T050000Z");
    expect(formatDate(null, IcalDateTime.inZone(start, tokyo))).toBe("20231112T050000Z");
    expect(formatDate(null, IcalDateTime.date("2023-10-30"), true)).toBe("20231030");
  });

  it("matches Luxon's wall clock for any instant and zone, DST included", () => {
    const zones = ["Asia/Tokyo", "Asia/Yangon", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Kiritimati"].map((z) =>
      IANAZone.create(z),
    );
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        const value = IcalDateTime.inZone(ms, zone);
        const expected = DateTime.fromMillis(ms, { zone });
        expect(`${value.toFormat("yyyyLLdd")}T${value.toFormat("HHmmss")}`).toBe(expected.toFormat("yyyyLLdd'T'HHmmss"));
      }),
      { numRuns: 500 },
    );
  });

  it("refuses conversions it cannot do", () => {
    expect(() => IcalDateTime.inZone(start, tokyo).setZone("Asia/Jakarta")).toThrow();
    expect(() => IcalDateTime.utc(start).toFormat("yyyy")).toThrow();
  });
});
