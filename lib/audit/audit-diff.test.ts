import { describe, expect, it } from "vitest";
import { sampleEvent } from "@/lib/testing/event-fixtures";
import { displayValue, snapshotDiff } from "./audit-diff";
import { eventSnapshot, snapshotToPatch, snapshotVersion } from "./event-snapshot";

describe("event snapshots", () => {
  it("store instants as ISO strings and come back as Dates for a restore", () => {
    const snap = eventSnapshot(sampleEvent);
    expect(snap.startAt).toBe("2023-08-21T02:00:00.000Z");
    expect(snap.staffNote).toBe("");
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    const patch = snapshotToPatch(snap);
    expect(patch.startAt).toEqual(sampleEvent.startAt);
    expect(patch.deletedAt).toBeNull();
    expect(patch).not.toHaveProperty("uid");
    expect(patch).not.toHaveProperty("version");
    expect(patch).not.toHaveProperty("sequence");
    expect(snapshotVersion(snap)).toBe(5);
    expect(snapshotVersion(null)).toBeNull();
  });
});

describe("snapshotDiff", () => {
  const before = eventSnapshot(sampleEvent);

  it("shows changed fields with times in the event's zone", () => {
    const after = eventSnapshot({ ...sampleEvent, startAt: new Date("2023-08-22T02:00:00Z"), startDate: "2023-08-22", isSpecial: true, sequence: 4, version: 6 });
    const rows = snapshotDiff(before, after);
    expect(rows.map((r) => r.field)).toEqual(["startDate", "startAt", "isSpecial", "sequence"]);
    expect(rows[1]).toEqual({ field: "startAt", before: { type: "text", text: "2023-08-21 09:00 Asia/Jakarta" }, after: { type: "text", text: "2023-08-22 09:00 Asia/Jakarta" } });
    expect(rows[2].after).toEqual({ type: "boolean", value: true });
  });

  it("shows a creation as the non-empty fields only, and ignores bookkeeping columns", () => {
    const rows = snapshotDiff(null, before);
    const fields = rows.map((r) => r.field);
    expect(fields).toContain("titleEn");
    expect(fields).not.toContain("venueEn");
    expect(fields).not.toContain("isSpecial");
    expect(fields).not.toContain("version");
    expect(fields).not.toContain("updatedAt");
    expect(rows.every((r) => r.before.type === "empty")).toBe(true);
  });

  it("keeps hostile text as text", () => {
    const after = eventSnapshot({ ...sampleEvent, titleEn: "<script>alert(1)</script>" });
    expect(snapshotDiff(before, after)).toEqual([
      { field: "titleEn", before: { type: "text", text: sampleEvent.titleEn }, after: { type: "text", text: "<script>alert(1)</script>" } },
    ]);
    expect(displayValue("deletedAt", "2023-06-01T10:00:00.000Z", before)).toEqual({ type: "text", text: "2023-06-01 10:00 UTC" });
  });
});
