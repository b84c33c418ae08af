import { describe, expect, it } from "vitest";
import { eventSnapshot } from "@/lib/audit/event-snapshot";
import { describeConflict, entriesSince, type ConflictAuditEntry } from "./event-edit-conflict";
import { sampleEvent } from "@/lib/testing/event-fixtures";

// Version 5 is what both editors opened; Alice saved 6 (new venue) then 7 (new title).
const v5 = sampleEvent;
const v6 = { ...v5, venueEn: "Jakarta Convention Center", version: 6, sequence: 4 };
const v7 = { ...v6, titleEn: "ASEAN-Japan Economic Ministers' Meeting", version: 7 };
const entry = (before: typeof v5, after: typeof v5, minute: number): ConflictAuditEntry => ({
  at: new Date(`2023-06-01T00:0${minute}:00Z`), userName: "Alice", action: "event.update",
  before: eventSnapshot(before), after: eventSnapshot(after),
});
const log = [entry(v6, v7, 2), entry(v5, v6, 1), entry({ ...v5, version: 4 }, v5, 0)];

describe("describeConflict", () => {
  it("lists what the other person changed since the version the editor started from", () => {
    const yours = { ...v5, titleJa: "新しい題名" };
    const report = describeConflict({ baseVersion: 5, current: v7, yours, entries: log });
    expect(report.currentVersion).toBe(7);
    expect(report.changes.map((c) => c.field)).toEqual(["titleEn", "venueEn"]);
    expect(report.changes[0]).toMatchObject({ base: v5.titleEn, theirs: v7.titleEn, yours: v5.titleEn, overlap: false });
    expect(report.editors.map((e) => e.at)).toEqual(["2023-06-01T00:01:00.000Z", "2023-06-01T00:02:00.000Z"]);
    expect(report.editors[0].userName).toBe("Alice");
  });

  it("flags fields both people changed to different values", () => {
    const yours = { ...v5, titleEn: "My title", venueEn: "Jakarta Convention Center" };
    const report = describeConflict({ baseVersion: 5, current: v7, yours, entries: log });
    const byField = Object.fromEntries(report.changes.map((c) => [c.field, c]));
    expect(byField.titleEn.overlap).toBe(true);
    expect(byField.venueEn.overlap).toBe(false); // same value on both sides: nothing to choose
  });

  it("falls back to comparing with the editor's values when the starting version is not in the log", () => {
    const yours = { ...v5, titleEn: "My title" };
    const report = describeConflict({ baseVersion: 5, current: v7, yours, entries: [] });
    expect(report.changes.map((c) => c.field)).toEqual(["titleEn", "venueEn"]);
    expect(report.changes.every((c) => c.base === null && c.overlap)).toBe(true);
  });

  it("reports status changes for one-button actions (no form values)", () => {
    const cancelled = { ...v5, status: "cancelled" as const, cancelReasonEn: "Typhoon", version: 6 };
    const report = describeConflict({ baseVersion: 5, current: cancelled, yours: null, entries: [entry(v5, cancelled, 1)] });
    expect(report.changes.map((c) => [c.field, c.theirs, c.yours])).toEqual([["status", "cancelled", undefined], ["cancelReasonEn", "Typhoon", undefined]]);
  });

  it("orders entries by the version they produced", () => {
    expect(entriesSince(log, 5).map((e) => e.after?.version)).toEqual([6, 7]);
    expect(entriesSince(log, 7)).toEqual([]);
  });
});
