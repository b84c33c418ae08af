import { describe, expect, it } from "vitest";
import type { Event } from "@/db/schema";
import { eventSnapshot, type EventSnapshot } from "@/lib/audit/event-snapshot";
import { sampleEvent } from "@/lib/testing/event-fixtures";
import { derivePublicChange } from "./public-change";

const snap = (changes: Partial<Event> = {}) => eventSnapshot({ ...sampleEvent, ...changes });
const draft = (changes: Partial<Event> = {}) => snap({ status: "draft", ...changes });
const types = (before: ReturnType<typeof snap> | null, after: ReturnType<typeof snap>) => derivePublicChange(before, after)?.items.map((i) => i.type) ?? null;

describe("derivePublicChange", () => {
  it("gives nothing for a draft's creation and edits, whatever they change", () => {
    expect(derivePublicChange(null, draft())).toBeNull();
    expect(derivePublicChange(draft(), draft({ startDate: "2023-09-01", titleEn: "Moved", cityEn: "Bali" }))).toBeNull();
    // A deleted draft, or a draft deleted again, was never public.
    expect(derivePublicChange(draft(), draft({ deletedAt: new Date("2023-09-01T00:00:00Z") }))).toBeNull();
  });

  it("gives nothing for a public event's private note, order and bookkeeping", () => {
    expect(derivePublicChange(snap(), snap({ staffNote: "call the embassy", sortOrder: 30, version: 6, sequence: 4, updatedAt: new Date() }))).toBeNull();
  });

  it("records publication, creation as published, removal, deletion and a restore after deletion", () => {
    expect(types(draft(), snap())).toEqual(["published"]);
    expect(types(null, snap())).toEqual(["published"]);
    expect(types(snap(), draft())).toEqual(["removed"]);
    const deleted = snap({ deletedAt: new Date("2023-09-01T00:00:00Z") });
    expect(types(snap(), deleted)).toEqual(["removed"]);
    expect(types(deleted, snap())).toEqual(["restored"]);
    // The title is the public one: the removed version's.
    expect(derivePublicChange(snap(), draft({ titleEn: "Renamed while hidden" }))).toMatchObject({ title: { en: "Economic Ministers' Meeting" } });
  });

  it("records a cancellation with its reason, and its withdrawal", () => {
    const cancelled = snap({ status: "cancelled", cancelReason: "Typhoon" });
    expect(derivePublicChange(snap(), cancelled)?.items).toEqual([{ type: "cancelled", reason: "Typhoon", reasonEn: "" }]);
    const both = snap({ status: "cancelled", cancelReason: "台風", cancelReasonEn: "Typhoon" });
    expect(derivePublicChange(snap(), both)?.items).toEqual([{ type: "cancelled", reason: "台風", reasonEn: "Typhoon" }]);
    // A new English reason alone is a change of the public reason.
    expect(derivePublicChange(snap({ status: "cancelled", cancelReason: "台風" }), both)?.items).toEqual([{ type: "cancelled", reason: "台風", reasonEn: "Typhoon" }]);
    expect(types(cancelled, snap())).toEqual(["uncancelled"]);
  });

  it("records date, time, precision, place and title changes with what they were", () => {
    const moved = derivePublicChange(snap(), snap({ startAt: new Date("2023-08-21T03:00:00Z"), endAt: new Date("2023-08-21T06:30:00Z") }));
    expect(moved?.items).toEqual([
      {
        type: "date",
        before: expect.objectContaining({ startAt: "2023-08-21T02:00:00.000Z", endAt: "2023-08-21T05:30:00.000Z", timeZone: "Asia/Jakarta" }),
        after: expect.objectContaining({ startAt: "2023-08-21T03:00:00.000Z", endAt: "2023-08-21T06:30:00.000Z" }),
      },
    ]);
    const monthOnly = snap({ datePrecision: "month", allDay: true, startDate: "2023-12-01", endDate: "2023-12-31", startAt: null, endAt: null });
    expect(types(monthOnly, snap({ allDay: true, startDate: "2023-12-16", endDate: "2023-12-16", startAt: null, endAt: null }))).toEqual(["date"]);
    expect(types(snap(), snap({ isTentative: true }))).toEqual(["date"]);
    expect(types(snap(), snap({ cityEn: "Bali" }))).toEqual(["place"]);
    expect(types(snap(), snap({ hostKind: "online", countryCode: null }))).toEqual(["place"]);
    expect(types(snap(), snap({ titleJa: "新名称" }))).toEqual(["title"]);
    expect(types(snap(), snap({ status: "cancelled", cancelReasonEn: "x", cityEn: "Bali", titleEn: "New" }))).toEqual(["cancelled", "place", "title"]);
  });

  it("names the other public fields that changed", () => {
    expect(derivePublicChange(snap(), snap({ descriptionEn: "New text", isSpecial: true, sector: "tourism" }))?.items).toEqual([{ type: "details", topics: ["description", "special", "sector"] }]);
  });

  it("reads snapshots written before hosts had kinds and dates a precision", () => {
    const old = snap();
    delete old.hostKind;
    delete old.datePrecision;
    delete old.isTentative;
    expect(derivePublicChange(old, snap())).toBeNull();
    expect(types(old, snap({ cityEn: "Bali" }))).toEqual(["place"]);
  });
});
