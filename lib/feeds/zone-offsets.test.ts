import { IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { ZoneOffsets } from "./zone-offsets";

const HOUR = 3_600_000;
const STEP = 3 * HOUR;

describe("ZoneOffsets", () => {
  it("gives the same offsets as the zone itself, every 3 hours and every minute around each change, in DST zones too", () => {
    for (const name of ["Asia/Tokyo", "America/New_York", "Europe/London", "America/St_Johns", "Australia/Lord_Howe", "Africa/Casablanca", "Asia/Yangon"]) {
      const zone = IANAZone.create(name);
      const cached = new ZoneOffsets(zone);
      let previous = zone.offset(Date.UTC(2021, 0, 1));
      for (let ms = Date.UTC(2021, 0, 1); ms < Date.UTC(2025, 0, 1); ms += STEP) {
        expect(cached.offset(ms)).toBe(zone.offset(ms));
        const now = zone.offset(ms);
        if (now !== previous) {
          // Every minute around the change (which lies within the last step).
          for (let t = ms - STEP; t <= ms; t += 60_000) expect(cached.offset(t)).toBe(zone.offset(t));
          expect(cached.offset(ms - 1)).toBe(zone.offset(ms - 1));
          previous = now;
        }
      }
    }
  });

  it("answers in any order of look-ups", () => {
    const zone = IANAZone.create("Europe/Berlin");
    const cached = new ZoneOffsets(zone);
    const instants = [Date.UTC(2023, 6, 1), Date.UTC(2020, 0, 1), Date.UTC(2023, 2, 26, 1), Date.UTC(2023, 2, 26, 0, 59, 59, 999), Date.UTC(2030, 9, 27, 1)];
    for (const ms of instants) expect(cached.offset(ms)).toBe(zone.offset(ms));
  });
});
