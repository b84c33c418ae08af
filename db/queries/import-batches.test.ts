import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, isNull, inArray } from "drizzle-orm";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventsCsvChunks } from "@/lib/export/event-csv";
import { MINISTRY_CALENDAR_UIDS, ministryCalendar } from "@/lib/testing/ministry-calendar";
import { readDataVersion } from "../data-version";
import { openDatabase } from "../open-database";
import { auditLog, events, importBatches, users } from "../schema";
import { seedDatabase } from "../seed/seed";
import { applyImport, type ImportSettings, previewImport, undoImport } from "./import-batches";
import { listPublicChanges } from "./public-changes";
import { changeEventStatus } from "./staff-events-status";
import { updateEvent } from "./staff-events";
import { eventInputSchema } from "@/lib/validation/event-input";
import { eventFormValues } from "@/lib/events/event-edit-form-values";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-batches-"));
const conn = openDatabase(path.join(dir, "test.db"));
const db = conn.db;
let alice: { userId: number };
let bob: { userId: number };
const settings: ImportSettings = { icsLanguage: "ja", kind: "meeting", sector: "foreign-affairs", host: "JP", siteZone: "Asia/Tokyo" };

beforeAll(() => {
  seedDatabase(db);
  const now = new Date();
  const mk = (email: string, role: "admin" | "editor") => db.insert(users).values({ email, name: email, passwordHash: "x", role, createdAt: now, updatedAt: now }).returning().get().id;
  alice = { userId: mk("alice@example.test", "editor") };
  bob = { userId: mk("bob@example.test", "admin") };
});
afterAll(() => {
  conn.sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The state an import must not touch until it is applied. */
const snapshot = () => ({
  events: db.select().from(events).all().length,
  audit: db.select().from(auditLog).all().length,
  version: readDataVersion(db).version,
});
const excelJa = (text: string) => ({ bytes: new Uint8Array(iconv.encode(text.replace(/\n/g, "\r\n"), "cp932")), name: "行事一覧.csv" });
const HEADER = "名称（日本語）,名称（英語）,種別,分野,開催地,開始日,開始時刻,終了時刻\n";
const GOOD = `${HEADER}日ASEAN防災閣僚会合,ASEAN-Japan Disaster Ministers,会合,防災,タイ,2023/10/11,9:00,12:00\n日ASEANユースフォーラム,,行事,青少年交流,日本,2023/11/3,,\n`;
const BAD = GOOD.replace("2023/11/3", "2023/11/31");

function preview(file: { bytes: Uint8Array; name: string }, actor = alice, s = settings) {
  const result = previewImport(file, s, actor, db);
  if (!result.ok) throw new Error(result.problem.code);
  return result;
}

describe("import batches", () => {
  it("previews a Shift_JIS file with an invalid row: says so, field by field, and writes nothing", () => {
    const before = snapshot();
    const result = preview(excelJa(BAD));
    expect(result.encoding).toBe("shift_jis");
    expect(result.batchId).toBeNull();
    expect(result.plan.counts).toMatchObject({ create: 1, invalid: 1 });
    expect(result.plan.rows[1]).toMatchObject({ position: 3, outcome: "invalid", problems: { startDate: [{ code: "editor.errors.invalidDate" }] } });
    expect(snapshot()).toEqual(before);
    expect(db.select().from(importBatches).all()).toEqual([]);
  });

  it("refuses a broken file, writing nothing", () => {
    const before = snapshot();
    expect(previewImport({ bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04]), name: "a.xlsx" }, settings, alice, db)).toEqual({ ok: false, problem: { code: "import.errors.notText", values: { format: "xlsx" } } });
    expect(snapshot()).toEqual(before);
  });

  it("applies the fixed file as one audited batch of drafts, then an admin undoes it as one action", () => {
    const result = preview(excelJa(GOOD));
    expect(result.batchId).not.toBeNull();
    const before = snapshot();
    expect(applyImport(result.batchId!, { publish: false }, bob, db)).toEqual({ ok: false, code: "not_found" });
    const applied = applyImport(result.batchId!, { publish: false }, alice, db);
    if (!applied.ok) throw new Error(applied.code);
    expect(applied.batch).toMatchObject({ status: "applied", created: 2, updated: 0, sourceText: "" });
    const entries = db.select().from(auditLog).where(eq(auditLog.batchId, result.batchId!)).all();
    expect(entries.map((e) => e.action).sort()).toEqual(["event.import", "event.import", "import.apply"]);
    const ids = entries.filter((e) => e.action === "event.import").map((e) => e.entityId!);
    const created = db.select().from(events).where(inArray(events.id, ids)).all();
    expect(created.map((e) => [e.titleJa, e.status, e.allDay, e.timeZone])).toEqual([
      ["日ASEAN防災閣僚会合", "draft", false, "Asia/Bangkok"],
      ["日ASEANユースフォーラム", "draft", true, "Asia/Tokyo"],
    ]);
    expect(created[0].startAt?.toISOString()).toBe("2023-10-11T02:00:00.000Z");
    expect(readDataVersion(db).version).toBeGreaterThan(before.version);
    expect(applyImport(result.batchId!, { publish: false }, alice, db)).toEqual({ ok: false, code: "already_applied" });

    const undone = undoImport(result.batchId!, bob, db);
    expect(undone).toMatchObject({ ok: true, batch: { status: "undone", undoneBy: bob.userId } });
    expect(db.select().from(events).where(inArray(events.id, ids)).all()).toEqual([]);
    const undoEntries = db.select().from(auditLog).where(and(eq(auditLog.batchId, result.batchId!), inArray(auditLog.action, ["event.import_undo", "import.undo"]))).all();
    expect(undoEntries.map((e) => e.action).sort()).toEqual(["event.import_undo", "event.import_undo", "import.undo"]);
    expect(undoImport(result.batchId!, bob, db)).toEqual({ ok: false, code: "already_undone" });
    // The undo freed the slugs: the same file imports again.
    expect(applyImport(preview(excelJa(GOOD)).batchId!, { publish: false }, alice, db).ok).toBe(true);
  });

  it("refuses to apply a preview whose events changed since, writes nothing, and offers the new plan", () => {
    const target = db.select().from(events).where(eq(events.slug, "special-tourism-ministers-dialogue-2023")).get()!;
    const csv = `ID,名称（英語）,種別,分野,開催地,開始日\n${target.id},Renamed by import,meeting,tourism,JP,${target.startDate}\n`;
    const result = preview({ bytes: new TextEncoder().encode(csv), name: "x.csv" });
    expect(result.plan.rows[0].outcome).toBe("update");
    const edit = updateEvent({ id: target.id, version: target.version, input: eventInputSchema.parse({ ...eventFormValues(target), cityEn: "Osaka" }) }, bob, db);
    expect(edit.ok).toBe(true);
    const before = snapshot();
    const refused = applyImport(result.batchId!, { publish: false }, alice, db);
    expect(refused).toMatchObject({ ok: false, code: "changed" });
    expect(snapshot()).toEqual(before);
    // The new plan is now the preview: applying it works, and undoing puts the title back, keeping the later edit.
    const applied = applyImport(result.batchId!, { publish: false }, alice, db);
    expect(applied.ok).toBe(true);
    const after = db.select().from(events).where(eq(events.id, target.id)).get()!;
    expect(after).toMatchObject({ titleEn: "Renamed by import", cityEn: "Osaka" });
    expect(undoImport(result.batchId!, bob, db).ok).toBe(true);
    expect(db.select().from(events).where(eq(events.id, target.id)).get()).toMatchObject({ titleEn: target.titleEn, cityEn: "Osaka", deletedAt: null });
  });

  it("refuses an undo when an imported event was edited afterwards, changing nothing", () => {
    const result = preview({ bytes: new TextEncoder().encode(`${HEADER}Edited later,,会合,経済,日本,2023/12/1,,\n`), name: "x.csv" });
    const applied = applyImport(result.batchId!, { publish: true }, alice, db);
    if (!applied.ok) throw new Error(applied.code);
    const [entry] = db.select().from(auditLog).where(and(eq(auditLog.batchId, result.batchId!), eq(auditLog.action, "event.import"))).all();
    const event = db.select().from(events).where(eq(events.id, entry.entityId!)).get()!;
    expect(event.status).toBe("published");
    changeEventStatus({ id: event.id, version: event.version, action: "cancel", cancelReason: { ja: "延期", en: "" } }, alice, db);
    const before = snapshot();
    expect(undoImport(result.batchId!, bob, db)).toMatchObject({ ok: false, code: "conflict", events: [{ id: event.id, titleJa: "Edited later" }] });
    expect(snapshot()).toEqual(before);
  });

  it("soft-deletes on undo what the import published, so calendars drop it; the changelog lists both", () => {
    const result = preview({ bytes: new TextEncoder().encode(`${HEADER}Published then undone,,会合,経済,日本,2023/12/2,,\n`), name: "x.csv" });
    const applied = applyImport(result.batchId!, { publish: true }, alice, db);
    if (!applied.ok) throw new Error(applied.code);
    const row = () => db.select().from(events).where(eq(events.titleJa, "Published then undone")).get()!;
    const changelog = () => listPublicChanges(db, { filters: { q: "Published then undone" } }, { limit: 10 }).map((e) => e.change.items.map((i) => i.type));
    expect(changelog()).toEqual([["published"]]);
    expect(undoImport(result.batchId!, bob, db).ok).toBe(true);
    expect(row().deletedAt).toBeInstanceOf(Date);
    expect(changelog()).toEqual([["removed"], ["published"]]);
  });

  it("puts nothing of an import of drafts, or of its undo, in the public changelog", () => {
    const result = preview({ bytes: new TextEncoder().encode(`${HEADER}Draft then undone,,会合,経済,日本,2023/12/3,,\n`), name: "x.csv" });
    expect(applyImport(result.batchId!, { publish: false }, alice, db).ok).toBe(true);
    expect(undoImport(result.batchId!, bob, db).ok).toBe(true);
    const entries = db.select({ publicChange: auditLog.publicChange }).from(auditLog).where(eq(auditLog.batchId, result.batchId!)).all();
    expect(entries.length).toBe(4);
    expect(entries.every((e) => e.publicChange === null)).toBe(true);
  });

  it("imports a ministry's calendar, skipping what it cannot hold, and a second import of it changes nothing", () => {
    const file = { bytes: new TextEncoder().encode(ministryCalendar()), name: "mofa.ics" };
    const result = preview(file);
    expect(result).toMatchObject({ format: "ics", encoding: "utf-8", plan: { counts: { create: 4, skipped: 3, invalid: 0 } } });
    const applied = applyImport(result.batchId!, { publish: false }, alice, db);
    if (!applied.ok) throw new Error(applied.code);
    const timed = db.select().from(events).where(eq(events.uid, MINISTRY_CALENDAR_UIDS.timed)).get()!;
    expect(timed).toMatchObject({ titleJa: "日ASEAN外相会合（準備会合）", kind: "meeting", sector: "foreign-affairs", hostKind: "country", countryCode: "JP", timeZone: "Asia/Tokyo", status: "draft" });
    expect(timed.startAt?.toISOString()).toBe("2023-10-16T05:00:00.000Z");
    const again = preview(file);
    expect(again.plan.counts).toEqual({ create: 0, update: 0, unchanged: 4, invalid: 0, skipped: 3 });
    expect(again.batchId).toBeNull();
  });

  it("round-trips: the CSV export of the public events previews as unchanged, row by row", () => {
    const publicEvents = db.select().from(events).where(and(inArray(events.status, ["published", "cancelled"]), isNull(events.deletedAt))).all();
    expect(publicEvents.length).toBeGreaterThan(30);
    for (const lang of ["ja", "en"] as const) {
      const bytes = Buffer.concat(eventsCsvChunks(publicEvents, { lang, baseUrl: "https://example.org" }));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const result = preview({ bytes: new Uint8Array(bytes), name: "export.csv" });
      expect(result.encoding).toBe("utf-8-bom");
      const notUnchanged = result.plan.rows.filter((r) => r.outcome !== "unchanged").map((r) => [r.position, r.outcome, r.problems, r.patch]);
      expect(notUnchanged).toEqual([]);
      expect(result.plan.counts.unchanged).toBe(publicEvents.length);
    }
  });
});
