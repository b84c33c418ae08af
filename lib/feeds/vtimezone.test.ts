import { describe, expect, it } from "vitest";
import { COUNTRIES } from "@/lib/events/countries";
import { vtimezoneFor } from "./vtimezone";

describe("vtimezoneFor", () => {
  it("defines every capital's zone under its own name, from current tz data", () => {
    for (const { timeZone } of COUNTRIES) {
      const component = vtimezoneFor(timeZone)!;
      expect(component, timeZone).toMatch(/^BEGIN:VTIMEZONE\r\n/);
      expect(component).toContain(`\r\nTZID:${timeZone}\r\n`);
      expect(component).toMatch(/END:VTIMEZONE\r\n$/);
      expect(component).not.toMatch(/[^\r]\n/);
    }
  });

  it("keeps daylight-saving rules for DST zones", () => {
    const ny = vtimezoneFor("America/New_York")!;
    expect(ny).toContain("BEGIN:DAYLIGHT");
    expect(ny).toContain("TZOFFSETTO:-0400");
    expect(ny).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
  });

  it("renames a link zone's component to the venue's zone (Phnom Penh shares Bangkok's rules)", () => {
    const pp = vtimezoneFor("Asia/Phnom_Penh")!;
    expect(pp).toContain("TZID:Asia/Phnom_Penh\r\n");
    expect(pp).not.toContain("TZID:Asia/Bangkok");
    expect(pp).toContain("TZOFFSETTO:+0700");
  });

  it("returns null for an unknown zone", () => {
    expect(vtimezoneFor("Asia/Atlantis")).toBeNull();
  });
});
