import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { instantToLocal, utcOffsetLabel, utcOffsetMinutes } from "./wall-clock";

// DST both ways, half- and three-quarter-hour offsets, the date line, and the event venues' zones.
const ZONES = ["UTC", "Asia/Tokyo", "Asia/Jakarta", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Adelaide", "Australia/Lord_Howe", "Pacific/Chatham", "Pacific/Kiritimati", "Pacific/Honolulu", "America/New_York", "America/St_Johns", "Europe/London", "Europe/Dublin", "America/Sao_Paulo"];

describe("wall clock (Intl only)", () => {
  it("agrees with luxon on the local date, time and offset of any instant from 1970 to 2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.constantFrom(...ZONES), (ms, zone) => {
        const instant = new Date(ms);
        const dt = DateTime.fromJSDate(instant, { zone });
        expect(instantToLocal(instant, zone)).toEqual({ date: dt.toFormat("yyyy-MM-dd"), time: dt.toFormat("HH:mm") });
        expect(utcOffsetMinutes(instant, zone)).toBe(dt.offset);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads midnight as 00:00 and follows a DST change to the minute", () => {
    expect(instantToLocal(new Date("2023-11-11T15:00:00Z"), "Asia/Tokyo")).toEqual({ date: "2023-11-12", time: "00:00" });
    // New York springs forward at 02:00 local (07:00 UTC) on 12 March 2023.
    expect(utcOffsetLabel(new Date("2023-03-12T06:59:59Z"), "America/New_York")).toBe("UTC\u22125");
    expect(utcOffsetLabel(new Date("2023-03-12T07:00:00Z"), "America/New_York")).toBe("UTC\u22124");
    expect(instantToLocal(new Date("2023-03-12T07:00:00Z"), "America/New_York")).toEqual({ date: "2023-03-12", time: "03:00" });
  });

  it("labels offsets as the pages show them", () => {
    const july = new Date("2023-07-06T01:00:00Z");
    expect(utcOffsetLabel(july, "UTC")).toBe("UTC");
    expect(utcOffsetLabel(july, "Asia/Tokyo")).toBe("UTC+9");
    expect(utcOffsetLabel(july, "Asia/Kolkata")).toBe("UTC+5:30");
    expect(utcOffsetLabel(july, "Asia/Kathmandu")).toBe("UTC+5:45");
    expect(utcOffsetLabel(july, "America/St_Johns")).toBe("UTC\u22122:30");
    expect(utcOffsetLabel(july, "Pacific/Kiritimati")).toBe("UTC+14");
  });
});
