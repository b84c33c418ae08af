import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventInputSchema } from "@/lib/validation/event-input";
import { openDatabase } from "../open-database";
import { readDataVersion } from "../data-version";
import { seedDatabase } from "../seed/seed";
import { auditLog, events, users } from "../schema";
import { eventWasEverPublic, listAllAudit, listEventAudit } from "./audit";
import { createEvent, duplicateEvent, updateEvent } from "./staff-events";
import { changeEventStatus, listReorderGroup, moveEvent, redactEvent, restoreEventVersion } from "./staff-events-status";
import { listStaffEvents } from "./staff-events-list";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "staff-events-"));
const conn = openDatabase(path.join(dir, "test.db"));
const db = conn.db;
let alice: { userId: number };
let bob: { userId: number };

const form = {
  kind: "meeting", titleJa: "", titleEn: "Unit Test Ministers' Meeting", sector: "economy", countryCode: "TH",
  startDate: "2023-09-05", startTime: "10:00", endDate: "2023-09-05", endTime: "12:00", timeZone: "Asia/Bangkok",
};
const input = (over: Record<string, unknown> = {}) => eventInputSchema.parse({ ...form, ...over });
const auditCount = () => db.select().from(auditLog).all().length;
const row = (id: number) => db.select().from(events).where(eq(events.id, id)).get()!;

beforeAll(() => {
  seedDatabase(db);
  const now = new Date();
  const mk = (email: string, name: string) =>
    db.insert(users).values({ email, name, passwordHash: "x", role: "editor", createdAt: now, updatedAt: now }).returning().get().id;
  alice = { userId: mk("alice@example.test", "Alice") };
  bob = { userId: mk("bob@example.test", "Bob") };
});
afterAll(() => {
  conn.sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function created(over: Record<string, unknown> = {}, publish = false) {
  const result = createEvent(input(over), { publish, actor: alice }, db);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.event;
}

describe("createEvent", () => {
  it("creates a draft with a fresh UID, a derived slug, version 1, an audit entry and a data-version bump", () => {
    const dv = readDataVersion(db).version;
    const event = created();
    expect(event).toMatchObject({ status: "draft", version: 1, sequence: 0, slug: "unit-test-ministers-meeting", updatedBy: alice.userId });
    expect(event.uid).toMatch(/^[0-9a-f-]{36}@japan-asean-2023$/);
    expect(event.startAt?.toISOString()).toBe("2023-09-05T03:00:00.000Z");
    expect(readDataVersion(db).version).toBe(dv + 1);
    const [entry] = listEventAudit(event.id, {}, db).rows;
    expect(entry).toMatchObject({ action: "event.create", userName: "Alice", before: null });
    expect(entry.after?.titleEn).toBe(form.titleEn);
    // The same title again gets the next free slug.
    expect(created().slug).toBe("unit-test-ministers-meeting-2");
  });

  it("refuses a taken slug, a missing parent or program, and writes nothing", () => {
    const before = { audit: auditCount(), dv: readDataVersion(db).version, events: db.select().from(events).all().length };
    const taken = createEvent(input({ slug: "unit-test-ministers-meeting" }), { publish: false, actor: alice }, db);
    expect(taken).toEqual({ ok: false, code: "invalid", fieldErrors: { slug: ["editor.errors.slugTaken"] } });
    const orphan = createEvent(input({ parentId: 999_999, programId: 999 }), { publish: false, actor: alice }, db);
    expect(orphan).toMatchObject({ ok: false, fieldErrors: { parentId: ["editor.errors.parentNotFound"], programId: ["editor.errors.programNotFound"] } });
    expect({ audit: auditCount(), dv: readDataVersion(db).version, events: db.select().from(events).all().length }).toEqual(before);
  });

  it("stores hostile titles verbatim as text", () => {
    const event = created({ titleEn: `<script>alert("x")</script> & 'q'` });
    expect(row(event.id).titleEn).toBe(`<script>alert("x")</script> & 'q'`);
  });
});

describe("updateEvent", () => {
  it("saves with the current version: version +1, SEQUENCE only for time/place, audit before/after", () => {
    const event = created({ titleEn: "Update Target" });
    const text = updateEvent({ id: event.id, version: 1, input: input({ titleEn: "Update Target", descriptionEn: "More" }) }, alice, db);
    expect(text).toMatchObject({ ok: true, changed: true, event: { version: 2, sequence: 0, descriptionEn: "More" } });
    const moved = updateEvent({ id: event.id, version: 2, input: input({ titleEn: "Update Target", descriptionEn: "More", startDate: "2023-09-06", endDate: "2023-09-06" }) }, bob, db);
    expect(moved).toMatchObject({ ok: true, event: { version: 3, sequence: 1, startDate: "2023-09-06", updatedBy: bob.userId } });
    const [last] = listEventAudit(event.id, {}, db).rows;
    expect(last).toMatchObject({ action: "event.update", userName: "Bob" });
    expect(last.before?.startDate).toBe("2023-09-05");
    expect(last.after?.startDate).toBe("2023-09-06");
  });

  it("refuses a save over a newer version with what the other person changed, and writes nothing", () => {
    const event = created({ titleEn: "Conflict Target" });
    const first = updateEvent({ id: event.id, version: 1, input: input({ titleEn: "Conflict Target", venueEn: "Hall A" }) }, bob, db);
    expect(first.ok).toBe(true);
    const before = { audit: auditCount(), dv: readDataVersion(db).version };
    const stale = updateEvent({ id: event.id, version: 1, input: input({ titleEn: "Alice's title" }) }, alice, db);
    if (stale.ok || stale.code !== "conflict") throw new Error("expected a conflict");
    expect(stale.conflict.currentVersion).toBe(2);
    expect(stale.conflict.editors).toEqual([expect.objectContaining({ userName: "Bob", action: "event.update" })]);
    const venue = stale.conflict.changes.find((c) => c.field === "venueEn");
    expect(venue).toMatchObject({ base: "", theirs: "Hall A", yours: "", overlap: false });
    expect(row(event.id)).toMatchObject({ version: 2, titleEn: "Conflict Target", venueEn: "Hall A" });
    expect({ audit: auditCount(), dv: readDataVersion(db).version }).toEqual(before);
    // Re-submitting with the new version after merging works.
    const merged = updateEvent({ id: event.id, version: 2, input: input({ titleEn: "Alice's title", venueEn: "Hall A" }) }, alice, db);
    expect(merged).toMatchObject({ ok: true, event: { version: 3, titleEn: "Alice's title", venueEn: "Hall A" } });
  });

  it("writes nothing when nothing changed, and reports deleted or missing events", () => {
    const event = created({ titleEn: "Noop Target" });
    const before = auditCount();
    expect(updateEvent({ id: event.id, version: 1, input: input({ titleEn: "Noop Target" }) }, alice, db)).toMatchObject({ ok: true, changed: false });
    expect(auditCount()).toBe(before);
    expect(updateEvent({ id: 999_999, version: 1, input: input() }, alice, db)).toEqual({ ok: false, code: "not_found" });
  });

  it("lets the slug change while never published, then locks it", () => {
    const event = created({ titleEn: "Slug Target" });
    const renamed = updateEvent({ id: event.id, version: 1, input: input({ titleEn: "Slug Target", slug: "slug-target-renamed" }) }, alice, db);
    expect(renamed).toMatchObject({ ok: true, event: { slug: "slug-target-renamed" } });
    changeEventStatus({ id: event.id, version: 2, action: "publish" }, alice, db);
    changeEventStatus({ id: event.id, version: 3, action: "unpublish" }, alice, db);
    expect(eventWasEverPublic(event.id, db)).toBe(true);
    const locked = updateEvent({ id: event.id, version: 4, input: input({ titleEn: "Slug Target", slug: "another" }) }, alice, db);
    expect(locked).toEqual({ ok: false, code: "invalid", fieldErrors: { slug: ["editor.errors.slugLocked"] } });
  });

  it("refuses a parent that is the event itself or one of its descendants", () => {
    const phase = created({ titleEn: "Phase", kind: "program" });
    const item = created({ titleEn: "Item", kind: "program", parentId: phase.id });
    const self = updateEvent({ id: phase.id, version: 1, input: input({ titleEn: "Phase", kind: "program", parentId: phase.id }) }, alice, db);
    expect(self).toMatchObject({ ok: false, fieldErrors: { parentId: ["editor.errors.parentCycle"] } });
    const cycle = updateEvent({ id: phase.id, version: 1, input: input({ titleEn: "Phase", kind: "program", parentId: item.id }) }, alice, db);
    expect(cycle).toMatchObject({ ok: false, fieldErrors: { parentId: ["editor.errors.parentCycle"] } });
  });
});

describe("status changes", () => {
  it("publish, cancel with a reason, un-cancel and delete: SEQUENCE up each time, audit and data version", () => {
    const event = created({ titleEn: "Status Target" });
    const dv = readDataVersion(db).version;
    const published = changeEventStatus({ id: event.id, version: 1, action: "publish" }, alice, db);
    expect(published).toMatchObject({ ok: true, event: { status: "published", version: 2, sequence: 1 } });
    const cancelled = changeEventStatus({ id: event.id, version: 2, action: "cancel", cancelReason: { ja: "台風", en: "Typhoon" } }, alice, db);
    expect(cancelled).toMatchObject({ ok: true, event: { status: "cancelled", cancelReason: "台風", cancelReasonEn: "Typhoon", version: 3, sequence: 2 } });
    expect(changeEventStatus({ id: event.id, version: 3, action: "publish" }, alice, db)).toEqual({ ok: false, code: "not_allowed" });
    const back = changeEventStatus({ id: event.id, version: 3, action: "uncancel" }, alice, db);
    expect(back).toMatchObject({ ok: true, event: { status: "published", cancelReason: "", cancelReasonEn: "", sequence: 3 } });
    const deleted = changeEventStatus({ id: event.id, version: 4, action: "delete" }, alice, db);
    expect(deleted).toMatchObject({ ok: true, event: { status: "published", version: 5, sequence: 4 } });
    expect(row(event.id).deletedAt).toBeInstanceOf(Date);
    expect(readDataVersion(db).version).toBe(dv + 4);
    expect(listEventAudit(event.id, {}, db).rows.map((e) => e.action)).toEqual(["event.delete", "event.uncancel", "event.cancel", "event.publish", "event.create"]);
    expect(changeEventStatus({ id: event.id, version: 5, action: "cancel", cancelReason: { ja: "x", en: "" } }, alice, db)).toEqual({ ok: false, code: "deleted" });
    expect(updateEvent({ id: event.id, version: 5, input: input({ titleEn: "x" }) }, alice, db)).toEqual({ ok: false, code: "deleted" });
  });

  it("refuses a status change based on an old version", () => {
    const event = created({ titleEn: "Stale Status" });
    changeEventStatus({ id: event.id, version: 1, action: "publish" }, bob, db);
    const stale = changeEventStatus({ id: event.id, version: 1, action: "delete" }, alice, db);
    expect(stale).toMatchObject({ ok: false, code: "conflict", conflict: { currentVersion: 2, changes: [expect.objectContaining({ field: "status", theirs: "published" })] } });
    expect(row(event.id).deletedAt).toBeNull();
  });
});

describe("restore, duplicate and reorder", () => {
  it("restores the version an entry wrote, as a new recorded change, keeping the UID; restoring undeletes", () => {
    const event = created({ titleEn: "Restore Target" });
    updateEvent({ id: event.id, version: 1, input: input({ titleEn: "Restore Target v2", startDate: "2023-09-07", endDate: "2023-09-07" }) }, alice, db);
    changeEventStatus({ id: event.id, version: 2, action: "delete" }, alice, db);
    const [deleteEntry, , createEntry] = listEventAudit(event.id, {}, db).rows; // newest first: delete, update, create
    // The version in which it was deleted is nothing to restore.
    expect(restoreEventVersion({ id: event.id, version: 3, auditId: deleteEntry.id, withStatus: false }, bob, db)).toEqual({ ok: false, code: "not_allowed" });
    const restored = restoreEventVersion({ id: event.id, version: 3, auditId: createEntry.id, withStatus: false }, bob, db);
    expect(restored).toMatchObject({ ok: true, event: { uid: event.uid, titleEn: "Restore Target", startDate: "2023-09-05", deletedAt: null, version: 4, sequence: 3 } });
    const [entry] = listEventAudit(event.id, {}, db).rows;
    expect(entry).toMatchObject({ action: "event.restore", userName: "Bob", detail: "1" });
    expect(restoreEventVersion({ id: event.id, version: 3, auditId: createEntry.id, withStatus: false }, bob, db)).toMatchObject({ ok: false, code: "conflict" });
    const otherEvent = created({ titleEn: "Other" });
    expect(restoreEventVersion({ id: otherEvent.id, version: 1, auditId: createEntry.id, withStatus: false }, bob, db)).toEqual({ ok: false, code: "not_found" });
  });

  it("keeps the current status when restoring, unless asked to restore the version's status too", () => {
    const event = created({ titleEn: "Restore Status" }, true);
    changeEventStatus({ id: event.id, version: 1, action: "cancel", cancelReason: { ja: "", en: "Typhoon" } }, alice, db);
    updateEvent({ id: event.id, version: 2, input: input({ titleEn: "Restore Status (renamed)" }) }, alice, db);
    const published = listEventAudit(event.id, {}, db).rows.at(-1)!; // version 1: published, not cancelled
    const kept = restoreEventVersion({ id: event.id, version: 3, auditId: published.id, withStatus: false }, alice, db);
    expect(kept).toMatchObject({ ok: true, event: { titleEn: "Restore Status", status: "cancelled", cancelReasonEn: "Typhoon", version: 4 } });
    const withStatus = restoreEventVersion({ id: event.id, version: 4, auditId: published.id, withStatus: true }, alice, db);
    expect(withStatus).toMatchObject({ ok: true, event: { status: "published", cancelReasonEn: "", version: 5 } });
  });

  it("duplicates as a draft with a new UID and slug", () => {
    const source = created({ titleEn: "Dup Source" }, true);
    const copy = duplicateEvent(source.id, alice, db);
    expect(copy).toMatchObject({ ok: true, event: { status: "draft", titleEn: "Dup Source", slug: "dup-source-copy", version: 1, sequence: 0 } });
    if (copy.ok) expect(copy.event.uid).not.toBe(source.uid);
  });

  it("moves an item among siblings shown at the same time, with versions and audit", () => {
    const phase = created({ titleEn: "Reorder Phase", kind: "program", allDay: "on", startTime: "", endTime: "" });
    const a = created({ titleEn: "Item A", kind: "program", parentId: phase.id, allDay: "on" });
    const b = created({ titleEn: "Item B", kind: "program", parentId: phase.id, allDay: "on" });
    expect(listReorderGroup(row(b.id), db).map((e) => e.id)).toEqual([a.id, b.id]);
    expect(moveEvent({ id: a.id, version: 1, direction: "up" }, alice, db)).toEqual({ ok: false, code: "not_allowed" });
    const moved = moveEvent({ id: b.id, version: 1, direction: "up" }, alice, db);
    expect(moved.ok).toBe(true);
    expect(listReorderGroup(row(b.id), db).map((e) => e.id)).toEqual([b.id, a.id]);
    expect(row(b.id)).toMatchObject({ version: 2, sequence: 0 });
    expect(row(a.id)).toMatchObject({ version: 2, sequence: 0 });
    expect(listEventAudit(b.id, {}, db).rows[0]).toMatchObject({ action: "event.reorder", detail: "up" });
    // Distinct positions now: moving back swaps just the two.
    expect(moveEvent({ id: b.id, version: 2, direction: "down" }, alice, db).ok).toBe(true);
    expect(listReorderGroup(row(b.id), db).map((e) => e.id)).toEqual([a.id, b.id]);
    expect(moveEvent({ id: b.id, version: 2, direction: "down" }, alice, db)).toMatchObject({ ok: false, code: "conflict" });
  });
});

describe("redaction", () => {
  it("empties a deleted event's public text (its cancellation's reasons too) and slug, bumps SEQUENCE, records event.redact, and cannot be undone", () => {
    const event = created({ titleEn: "Wrong Name Summit", titleJa: "誤った名称", descriptionEn: "Private details", cityEn: "Bangkok", venueEn: "Secret Hall", sourceUrl: "https://example.org/x", staffNote: "why" }, true);
    expect(redactEvent({ id: event.id, version: 1 }, alice, db)).toEqual({ ok: false, code: "not_allowed" });
    changeEventStatus({ id: event.id, version: 1, action: "cancel", cancelReason: { ja: "名称の誤り", en: "Wrong name" } }, alice, db);
    changeEventStatus({ id: event.id, version: 2, action: "delete" }, alice, db);
    const dv = readDataVersion(db).version;
    expect(redactEvent({ id: event.id, version: 2 }, alice, db)).toMatchObject({ ok: false, code: "conflict" });
    const redacted = redactEvent({ id: event.id, version: 3 }, alice, db);
    expect(redacted).toMatchObject({
      ok: true,
      event: {
        uid: event.uid, slug: `removed-${event.id}`, titleJa: "", titleEn: "", descriptionEn: "", cityEn: "", venueEn: "", sourceUrl: null, cancelReason: "", cancelReasonEn: "",
        startDate: event.startDate, startAt: event.startAt, staffNote: "why", version: 4, sequence: event.sequence + 3,
      },
    });
    expect(readDataVersion(db).version).toBe(dv + 1);
    const [entry] = listEventAudit(event.id, {}, db).rows;
    expect(entry).toMatchObject({ action: "event.redact", userName: "Alice" });
    expect(entry.before).toMatchObject({ titleEn: "Wrong Name Summit" });
    // Once only, and final: no restore of an earlier version, no copy.
    expect(redactEvent({ id: event.id, version: 4 }, alice, db)).toEqual({ ok: false, code: "not_allowed" });
    expect(restoreEventVersion({ id: event.id, version: 4, auditId: entry.id, withStatus: false }, alice, db)).toEqual({ ok: false, code: "not_allowed" });
    expect(duplicateEvent(event.id, alice, db)).toEqual({ ok: false, code: "not_allowed" });
    expect(row(event.id)).toMatchObject({ titleEn: "", version: 4 });
  });
});

describe("staff list and admin log", () => {
  it("lists drafts and filters by status, search and kind; \"any\" status includes deleted ones", () => {
    const drafts = listStaffEvents({ status: "draft", q: "Update Target" }, 50, db);
    expect(drafts.rows.map((r) => r.titleEn)).toEqual(["Update Target"]);
    expect(drafts.rows[0].updatedByName).toBe("Bob");
    expect(listStaffEvents({ q: "Status Target" }, 50, db).rows.map((r) => r.deletedAt !== null)).toEqual([true]);
    expect(listStaffEvents({ q: "Status Target", status: "deleted" }, 50, db).total).toBe(1);
    for (const status of ["draft", "published", "cancelled"] as const) expect(listStaffEvents({ q: "Status Target", status }, 50, db).total).toBe(0);
    expect(listStaffEvents({ q: "100%_" }, 50, db).total).toBe(0);
    const seeded = listStaffEvents({ kind: "program" }, 5, db);
    expect(seeded.rows.length).toBe(5);
    expect(seeded.total).toBeGreaterThan(5);
  });

  it("searches for %, _ and \\ literally (LIKE with an ESCAPE clause)", () => {
    for (const titleEn of ["Likes 100% Growth", "Likes A_B Forum", "Likes C:\\Temp Summit", "Likes 1000 Plain Summit", "Likes AxB Forum"]) created({ titleEn });
    const titles = (q: string) => listStaffEvents({ q }, 50, db).rows.map((r) => r.titleEn).filter((t) => t.startsWith("Likes"));
    expect(titles("%")).toEqual(["Likes 100% Growth"]);
    expect(titles("100%")).toEqual(["Likes 100% Growth"]);
    expect(titles("_")).toEqual(["Likes A_B Forum"]);
    expect(titles("A_B")).toEqual(["Likes A_B Forum"]);
    expect(titles("\\")).toEqual(["Likes C:\\Temp Summit"]);
    expect(titles("likes")).toHaveLength(5);
  });

  it("pages through every change, newest first", () => {
    const all = listAllAudit({ pageSize: 3 }, db);
    expect(all.rows).toHaveLength(3);
    expect(all.total).toBe(auditCount());
    const second = listAllAudit({ pageSize: 3, page: 2 }, db);
    expect(second.rows[0].id).toBeLessThan(all.rows[2].id);
  });
});
