import { describe, expect, it } from "vitest";
import { eventInputSchema } from "@/lib/validation/event-input";
import type { Event } from "@/db/schema";
import { applyEventPatch, changedFields, editPatch, sameValue } from "./event-edit";
import { allowedStatusActions, isSlugLocked, statusChange } from "./event-edit-status";
import { duplicateSlugBase, isPlaceholderSlug, slugCandidate, slugFromTitle } from "./event-edit-slug";
import { sampleEvent } from "@/lib/testing/event-fixtures";
import { eventFormValues, newEventFormValues } from "./event-edit-form-values";
import { reorderMoves } from "./event-edit-order";
import { restoreStatusEffect, restoreTarget } from "./event-edit-restore";


const formOf = (e: Event, over: Record<string, unknown> = {}) =>
  eventInputSchema.parse({
    ...e, allDay: e.allDay ? "on" : "", startTime: "09:00", endTime: "12:30", parentId: "", programId: "", sourceUrl: "", ...over,
  });

const by = { userId: 2, now: new Date("2023-06-01T00:00:00Z") };

describe("editPatch and applyEventPatch", () => {
  it("a text-only edit keeps SEQUENCE but bumps the version and stamps the author", () => {
    const patch = editPatch(sampleEvent, formOf(sampleEvent, { titleEn: "New title" }));
    expect(patch).toEqual({ titleEn: "New title" });
    expect(applyEventPatch(sampleEvent, patch, by)).toEqual({ titleEn: "New title", sequence: 3, version: 6, updatedAt: by.now, updatedBy: 2 });
  });

  it("moving the event to another day raises SEQUENCE", () => {
    const patch = editPatch(sampleEvent, formOf(sampleEvent, { startDate: "2023-08-22", endDate: "2023-08-22" }));
    expect(Object.keys(patch).sort()).toEqual(["endAt", "endDate", "startAt", "startDate"]);
    expect(applyEventPatch(sampleEvent, patch, by).sequence).toBe(4);
  });

  it("changing the venue or status raises SEQUENCE; re-submitting the same values changes nothing", () => {
    expect(applyEventPatch(sampleEvent, { venueEn: "JCC" }, by).sequence).toBe(4);
    expect(applyEventPatch(sampleEvent, { status: "cancelled" }, by).sequence).toBe(4);
    expect(editPatch(sampleEvent, formOf(sampleEvent))).toEqual({});
  });

  it("an empty slug in the form keeps the current slug", () => {
    expect(editPatch(sampleEvent, formOf(sampleEvent, { slug: "" }))).toEqual({});
    expect(editPatch(sampleEvent, formOf(sampleEvent, { slug: "other" }))).toEqual({ slug: "other" });
  });

  it("compares instants by value, and treats undefined as null", () => {
    expect(sameValue(new Date("2023-01-01T00:00:00Z"), "2023-01-01T00:00:00.000Z")).toBe(true);
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue("", null)).toBe(false);
    expect(changedFields(sampleEvent, { ...sampleEvent, startAt: new Date(sampleEvent.startAt!) })).toEqual([]);
  });
});

describe("status changes", () => {
  const draft = { ...sampleEvent, status: "draft" as const };
  it("allows only the transitions that make sense for each status", () => {
    expect(allowedStatusActions(draft)).toEqual(["publish", "delete"]);
    expect(allowedStatusActions(sampleEvent)).toEqual(["unpublish", "cancel", "delete"]);
    expect(allowedStatusActions({ status: "cancelled", deletedAt: null })).toEqual(["uncancel", "delete"]);
    expect(allowedStatusActions({ ...sampleEvent, deletedAt: new Date() })).toEqual([]);
  });

  it("cancel keeps the reason, uncancel clears it, delete is soft", () => {
    expect(statusChange(sampleEvent, "cancel", { now: by.now, cancelReason: { ja: "台風", en: "Typhoon" } })).toEqual({ ok: true, patch: { status: "cancelled", cancelReason: "台風", cancelReasonEn: "Typhoon" } });
    expect(statusChange({ ...sampleEvent, status: "cancelled" }, "uncancel", { now: by.now })).toEqual({ ok: true, patch: { status: "published", cancelReason: "", cancelReasonEn: "" } });
    expect(statusChange(sampleEvent, "delete", { now: by.now })).toEqual({ ok: true, patch: { deletedAt: by.now } });
    expect(statusChange(draft, "cancel", { now: by.now })).toEqual({ ok: false, reason: "not_allowed" });
    expect(statusChange(sampleEvent, "publish", { now: by.now })).toEqual({ ok: false, reason: "not_allowed" });
  });

  it("every status change raises SEQUENCE (feeds must tell calendars)", () => {
    for (const [event, action] of [[draft, "publish"], [sampleEvent, "cancel"], [sampleEvent, "delete"], [sampleEvent, "unpublish"]] as const) {
      const change = statusChange(event, action, { now: by.now, cancelReason: { ja: "x", en: "" } });
      if (!change.ok) throw new Error(action);
      expect(applyEventPatch(event, change.patch, by).sequence, action).toBe(event.sequence + 1);
    }
  });

  it("locks the slug once the event has been public", () => {
    expect(isSlugLocked(draft, false)).toBe(false);
    expect(isSlugLocked(draft, true)).toBe(true);
    expect(isSlugLocked(sampleEvent, false)).toBe(true);
    expect(isSlugLocked({ ...draft, seedKey: "meeting-x" }, false)).toBe(true);
  });
});

describe("slugs", () => {
  it("derives an ASCII slug from the English title, or a fallback", () => {
    expect(slugFromTitle("ASEAN–Japan Économie Ministers' Meeting (2023)", "x")).toBe("asean-japan-economie-ministers-meeting-2023");
    expect(slugFromTitle("", "5F3A-77aa-b")).toBe("event-5f3a77aa");
    expect(slugFromTitle("<script>", "q")).toBe("script");
    expect(slugFromTitle("x".repeat(200), "q").length).toBe(80);
  });

  it("knows the code made up for an event without an English title, so the form can ask for a readable address", () => {
    expect(isPlaceholderSlug("event-5f3a77aa", "5F3A-77aa-b")).toBe(true);
    expect(isPlaceholderSlug("event-5f3a77aa-2", "5F3A-77aa-b")).toBe(true);
    expect(isPlaceholderSlug("event-5f3a77ab", "5F3A-77aa-b")).toBe(false);
    expect(isPlaceholderSlug("youth-exchange", "5F3A-77aa-b")).toBe(false);
  });

  it("makes numbered candidates within 100 characters", () => {
    expect(slugCandidate("abc", 1)).toBe("abc");
    expect(slugCandidate("abc", 3)).toBe("abc-3");
    expect(slugCandidate("a".repeat(100), 12).length).toBe(100);
    expect(duplicateSlugBase("econ")).toBe("econ-copy");
  });
});

describe("form values", () => {
  it("round-trips a stored event through the form schema without changes", () => {
    const values = eventFormValues(sampleEvent);
    expect(values).toMatchObject({ startTime: "09:00", endTime: "12:30", allDay: "", version: "5", parentId: "" });
    expect(editPatch(sampleEvent, eventInputSchema.parse(values))).toEqual({});
  });

  it("prefills an item under a phase", () => {
    const phase: Event = { ...sampleEvent, kind: "program", programId: 1, allDay: true, startAt: null, endAt: null, timeZone: "Asia/Tokyo" };
    expect(newEventFormValues(phase)).toMatchObject({ kind: "program", parentId: "7", programId: "1", allDay: "on", startDate: "2023-08-21" });
    expect(newEventFormValues()).toMatchObject({ host: "JP", timeZone: "Asia/Tokyo", datePrecision: "day" });
  });

  it("fills a month-only event's months and no day, and a host that is no country by its kind", () => {
    const forum: Event = { ...sampleEvent, datePrecision: "month", allDay: true, startDate: "2023-12-01", endDate: "2023-12-31", startAt: null, endAt: null, hostKind: "unstated", countryCode: null };
    expect(eventFormValues(forum)).toMatchObject({ datePrecision: "month", startMonth: "2023-12", endMonth: "2023-12", startDate: "", endDate: "", host: "unstated" });
    // Through the schema and back: the same row.
    const again = eventInputSchema.parse(eventFormValues(forum));
    expect(again).toMatchObject({ datePrecision: "month", startDate: "2023-12-01", endDate: "2023-12-31", hostKind: "unstated", countryCode: null });
  });
});

describe("reorderMoves", () => {
  it("offers moves only between items that start at the same moment", () => {
    const at = (iso: string | null) => (iso ? new Date(iso) : null);
    const items = [
      { id: 1, startDate: "2023-11-29", startAt: null, programId: 1 },
      { id: 2, startDate: "2023-11-29", startAt: null, programId: 1 },
      { id: 3, startDate: "2023-11-30", startAt: at("2023-11-30T01:00:00Z"), programId: 1 },
      { id: 4, startDate: "2023-11-30", startAt: at("2023-11-30T02:00:00Z"), programId: 1 },
    ];
    const moves = reorderMoves(items);
    expect(moves.get(1)).toEqual({ up: false, down: true });
    expect(moves.get(2)).toEqual({ up: true, down: false });
    expect(moves.get(3)).toEqual({ up: false, down: false });
    expect(moves.get(4)).toEqual({ up: false, down: false });
  });
});

describe("restoring a version's status", () => {
  it("says what restoring the status too would do", () => {
    expect(restoreStatusEffect("cancelled", "published")).toBe("uncancels");
    expect(restoreStatusEffect("cancelled", "draft")).toBe("unpublishes");
    expect(restoreStatusEffect("draft", "published")).toBe("publishes");
    expect(restoreStatusEffect("published", "draft")).toBe("unpublishes");
    expect(restoreStatusEffect("published", "cancelled")).toBe("cancels");
    expect(restoreStatusEffect("published", "published")).toBe("none");
  });

  it("keeps the current status and cancel reason unless asked, and always brings the event back", () => {
    const current = { ...sampleEvent, status: "cancelled" as const, cancelReasonEn: "Typhoon", deletedAt: new Date() };
    const version = { titleEn: "Old", status: "published" as const, cancelReasonEn: "", deletedAt: null };
    expect(restoreTarget(current, version, false)).toMatchObject({ titleEn: "Old", status: "cancelled", cancelReasonEn: "Typhoon", deletedAt: null });
    expect(restoreTarget(current, version, true)).toMatchObject({ titleEn: "Old", status: "published", cancelReasonEn: "", deletedAt: null });
  });
});
