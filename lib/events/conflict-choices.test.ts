import { describe, expect, it } from "vitest";
import { applyConflictChoices, conflictGroup, groupFields } from "./conflict-choices";

describe("conflict choices", () => {
  it("groups stored fields by the form fields that carry them", () => {
    expect(conflictGroup("startAt")).toBe("when");
    expect(conflictGroup("timeZone")).toBe("when");
    expect(conflictGroup("countryCode")).toBe("host");
    expect(conflictGroup("hostKind")).toBe("host");
    expect(conflictGroup("venueEn")).toBe("venueEn");
    expect(conflictGroup("status")).toBeNull();
    expect(conflictGroup("cancelReasonEn")).toBeNull();
    expect(groupFields("when")).toContain("startTime");
    expect(groupFields("host")).toEqual(["host"]);
  });

  const mine = { venueEn: "Alice Hall", startDate: "2023-10-10", startTime: "10:00", endDate: "2023-10-10", endTime: "12:00", timeZone: "Asia/Bangkok", host: "TH" };
  const theirs = { venueEn: "Queen Sirikit Centre", startDate: "2023-10-11", startTime: "09:00", endDate: "2023-10-11", endTime: "11:00", timeZone: "Asia/Bangkok", host: "VN" };

  it("fills a group with the chosen side when the form still shows the other one (no JavaScript)", () => {
    expect(applyConflictChoices({ ...mine }, { venueEn: "theirs", when: "theirs" }, mine, theirs)).toMatchObject({ venueEn: "Queen Sirikit Centre", startDate: "2023-10-11", startTime: "09:00" });
    expect(applyConflictChoices({ ...theirs }, { host: "mine" }, mine, theirs)).toMatchObject({ host: "TH", venueEn: "Queen Sirikit Centre" });
  });

  it("keeps what the form shows when it already is the choice, or was typed by hand", () => {
    expect(applyConflictChoices({ ...theirs }, { venueEn: "theirs" }, mine, theirs).venueEn).toBe("Queen Sirikit Centre");
    expect(applyConflictChoices({ ...mine, venueEn: "Typed Hall" }, { venueEn: "theirs" }, mine, theirs).venueEn).toBe("Typed Hall");
    // One time field typed by hand: the time group is the user's, not either side's.
    expect(applyConflictChoices({ ...mine, startTime: "08:00" }, { when: "theirs" }, mine, theirs)).toMatchObject({ startTime: "08:00", startDate: "2023-10-10" });
  });

  it("treats an unchecked box (absent) as empty", () => {
    expect(applyConflictChoices({}, { isSpecial: "theirs" }, { isSpecial: "" }, { isSpecial: "on" })).toEqual({ isSpecial: "on" });
    expect(applyConflictChoices({ isSpecial: "on" }, { isSpecial: "mine" }, {}, { isSpecial: "on" })).toEqual({ isSpecial: "" });
  });
});
