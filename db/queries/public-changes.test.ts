import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { okResult as ok } from "@/lib/testing/ok-result";
import { eventInputSchema } from "@/lib/validation/event-input";
import { openDatabase } from "../open-database";
import { seedDatabase } from "../seed/seed";
import { users } from "../schema";
import { queryPlans } from "../testing/query-plans";
import { previousPublicStarts } from "@/lib/structured-data/previous-starts";
import { applyPublicChangeRule } from "./public-change-rule";
import { countPublicChanges, eventPublicChanges, latestPublicChanges, listPublicChanges, type ChangeQuery } from "./public-changes";
import { createEvent, updateEvent } from "./staff-events";
import { changeEventStatus, redactEvent } from "./staff-events-status";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "public-changes-"));
const conn = openDatabase(path.join(dir, "test.db"));
const db = conn.db;
let actor: { userId: number; now?: Date };

const form = {
  kind: "meeting", titleJa: "", titleEn: "Changelog Ministers' Meeting", sector: "tourism", host: "TH",
  startDate: "2023-09-05", startTime: "10:00", endDate: "2023-09-05", endTime: "12:00", timeZone: "Asia/Bangkok",
};
const input = (over: Record<string, unknown> = {}) => eventInputSchema.parse({ ...form, ...over });
const all: ChangeQuery = { filters: {} };
const list = (query: ChangeQuery = all, limit = 100) => listPublicChanges(db, query, { limit });
const types = (entries: ReturnType<typeof list>) => entries.map((e) => e.change.items.map((i) => i.type).join("+"));

let draftId: number;
let movedId: number;

beforeAll(() => {
  seedDatabase(db);
  const now = new Date();
  actor = { userId: db.insert(users).values({ email: "c@example.test", name: "C", passwordHash: "x", role: "editor", createdAt: now, updatedAt: now }).returning().get().id };
  const at = (iso: string) => ({ ...actor, now: new Date(iso) });
  // A draft, edited twice: nothing public.
  const draft = ok(createEvent(input({ titleEn: "Draft Only" }), { publish: false, actor: at("2023-08-01T00:00:00Z") }, db)).event;
  draftId = draft.id;
  ok(updateEvent({ id: draft.id, version: draft.version, input: input({ titleEn: "Draft Only", startDate: "2023-09-06", endDate: "2023-09-06" }) }, at("2023-08-02T00:00:00Z"), db));
  // Published, moved by an hour with a note, its private note edited, cancelled, deleted.
  let e = ok(createEvent(input(), { publish: true, actor: at("2023-08-03T00:00:00Z") }, db)).event;
  movedId = e.id;
  e = ok(updateEvent({ id: e.id, version: e.version, input: input({ startTime: "11:00", endTime: "13:00" }), note: { ja: "会場の都合", en: "Venue availability" } }, at("2023-08-04T00:00:00Z"), db)).event;
  e = ok(updateEvent({ id: e.id, version: e.version, input: input({ startTime: "11:00", endTime: "13:00", staffNote: "private" }) }, at("2023-08-05T00:00:00Z"), db)).event;
  e = ok(changeEventStatus({ id: e.id, version: e.version, action: "cancel", cancelReason: { ja: "台風", en: "Typhoon" }, note: { ja: "台風のため", en: "" } }, at("2023-08-06T00:00:00Z"), db)).event;
  ok(changeEventStatus({ id: e.id, version: e.version, action: "delete" }, at("2023-08-07T00:00:00Z"), db));
});
afterAll(() => {
  conn.sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the public changelog", () => {
  it("holds what the public saw change, newest first, with the staff's notes, and nothing of drafts or private notes", () => {
    const entries = list().filter((e) => e.eventId === movedId);
    expect(types(entries)).toEqual(["removed", "cancelled", "date", "published"]);
    expect(entries[2].note).toEqual({ ja: "会場の都合", en: "Venue availability" });
    expect(entries[1].change.items[0]).toEqual({ type: "cancelled", reason: "台風", reasonEn: "Typhoon" });
    expect(entries[1].note.ja).toBe("台風のため");
    expect(list().some((e) => e.eventId === draftId)).toBe(false);
    // Deleted now: its entries stay, without a link.
    expect(entries.every((e) => e.publicSlug === null)).toBe(true);
    expect(eventPublicChanges(db, movedId).map((e) => e.id)).toEqual(entries.map((e) => e.id));
  });

  it("gives the event page's structured data the start it was moved from, and none of a draft's moves", () => {
    const current = { datePrecision: "day" as const, isTentative: false, allDay: false, startDate: "2023-09-05", endDate: "2023-09-05", startAt: new Date("2023-09-05T04:00:00Z"), endAt: new Date("2023-09-05T06:00:00Z"), timeZone: "Asia/Bangkok" };
    const starts = (id: number) => previousPublicStarts(eventPublicChanges(db, id).map((e) => e.change), current);
    // 10:00 in Bangkok (UTC+7), before the move to 11:00.
    expect(starts(movedId).map((d) => d.startAt?.toISOString())).toEqual(["2023-09-05T03:00:00.000Z"]);
    expect(starts(draftId)).toEqual([]);
  });

  it("filters by the event's sector, host, type, ★ and text, and by date; counts match the lists", () => {
    const queries: ChangeQuery[] = [
      { filters: { sector: "tourism" } },
      { filters: { country: "TH", type: "meeting" } },
      { filters: { sector: "economy" } },
      { filters: { special: true } },
      { filters: { q: "Changelog" } },
      { filters: {}, since: new Date("2023-08-05T00:00:00Z") },
      all,
    ];
    for (const query of queries) expect(countPublicChanges(db, query)).toBe(list(query).length);
    expect(list({ filters: { sector: "tourism" } }).map((e) => e.eventId)).toContain(movedId);
    expect(list({ filters: { sector: "economy" } }).map((e) => e.eventId)).not.toContain(movedId);
    expect(types(list({ filters: { q: "Changelog" }, since: new Date("2023-08-05T00:00:00Z") }))).toEqual(["removed", "cancelled"]);
  });

  it("gives each event's latest entry for the feeds", () => {
    const latest = latestPublicChanges(db, [movedId, draftId]);
    expect([...latest.keys()]).toEqual([movedId]);
    expect(latest.get(movedId)?.change.items).toEqual([{ type: "removed" }]);
    expect(latest.get(movedId)?.at.toISOString()).toBe("2023-08-07T00:00:00.000Z");
  });

  it("derives entries written before the changelog existed, and again under a new rule", () => {
    const before = list();
    conn.sqlite.prepare("UPDATE audit_log SET public_change = NULL, change_rule = NULL").run();
    expect(list()).toEqual([]);
    expect(applyPublicChangeRule(db)).toBeGreaterThanOrEqual(7);
    expect(list()).toEqual(before);
    conn.sqlite.prepare("UPDATE audit_log SET change_rule = 0 WHERE id = (SELECT min(id) FROM audit_log)").run();
    expect(applyPublicChangeRule(db)).toBe(1);
    expect(applyPublicChangeRule(db)).toBe(0);
  });
});

describe("a redacted event", () => {
  it("keeps its entries and their dates, but no title, place, reason or note", () => {
    const before = list().filter((e) => e.eventId === movedId);
    const current = conn.sqlite.prepare("SELECT version FROM events WHERE id = ?").get(movedId) as { version: number };
    ok(redactEvent({ id: movedId, version: current.version }, actor, db));
    const entries = list().filter((e) => e.eventId === movedId);
    expect(entries.map((e) => e.id)).toEqual(before.map((e) => e.id));
    const text = JSON.stringify(entries);
    for (const removed of ["Changelog Ministers", "Typhoon", "台風", "Venue availability", "会場"]) expect(text).not.toContain(removed);
    expect(entries.map((e) => e.change.items.map((i) => i.type).join("+"))).toEqual(["removed", "cancelled", "date", "published"]);
    expect(countPublicChanges(db, { filters: { q: "Changelog" } })).toBe(0);
  });
});

describe("query plans of the changelog", () => {
  const plans = (run: () => unknown) => queryPlans(conn.sqlite, run, (source) => /^select/i.test(source) && /\baudit_log\b/.test(source));

  it("walks the changelog index newest first, never sorting, with or without filters; the unfiltered count reads an index alone", () => {
    for (const query of [all, { filters: { sector: "tourism" as const, special: true as const } }, { filters: {}, since: new Date(0) }]) {
      const [page] = plans(() => list(query, 50));
      expect(page).toMatch(/^(SCAN audit_log USING INDEX audit_public_at_idx|SEARCH audit_log USING INDEX audit_public_at_idx \(at>\?\)) \| SEARCH events USING INTEGER PRIMARY KEY \(rowid=\?\)$/);
    }
    // Either partial index holds exactly the entries: the count reads one of them alone.
    expect(plans(() => countPublicChanges(db, all))[0]).toMatch(/^SCAN audit_log USING (COVERING )?INDEX audit_public_(at|event)_idx$/);
  });

  it("reads one event's entries and the feeds' latest entries through the event index", () => {
    expect(plans(() => eventPublicChanges(db, movedId))[0]).toContain("audit_public_event_idx");
    const [latest] = plans(() => latestPublicChanges(db, [1, 2, 3]));
    expect(latest).toMatch(/^SEARCH audit_log USING INTEGER PRIMARY KEY \(rowid=\?\) \| LIST SUBQUERY \d \| SEARCH audit_log USING INDEX audit_public_event_idx \(entity_id=\?\)/);
    expect(latest).not.toContain("SCAN audit_log");
  });
});
