import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { asc, eq, isNotNull } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { CONTENT_FIELDS } from "@/lib/events/event-edit";
import { buildFeed } from "@/lib/feeds/build-feed";
import { parseBoth } from "@/lib/testing/parse-ics";
import { joinChunks } from "@/lib/testing/reference-feed";
import { openDatabase } from "../open-database";
import { readFeedEvents } from "../queries/feed-events";
import { auditLog, dataMigrations, events, programs, type Event } from "../schema";
import { freshDatabase } from "../testing/fresh-database";
import { releaseDatabase } from "../testing/release-database";
import { SEED_EVENTS, seedDatabase, seedUid } from "./seed";
import { applySeedRevisions, BRIEFING_REVISION, RELEASE_SEEDED, releaseContentHash } from "./seed-revisions";

/**
 * Deploying this code on a database the previous release built and seeded: its migrations
 * (0000–0002) and its seeder's rows (db/testing/release-seed.sql), then drizzle/0003 and the data
 * migration of seeded rows, then `npm run db:seed`.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seed-revisions-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type RawRow = { id: number; uid: string; seed_key: string | null; sequence: number; version: number; parent_id: number | null };
const rawRows = (file: string) => {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite.prepare("SELECT id, uid, seed_key, sequence, version, parent_id FROM events ORDER BY id").all() as RawRow[];
  } finally {
    sqlite.close();
  }
};

const NOW = new Date("2026-12-02T00:00:00.000Z");

function seedKeysOf(db: ReturnType<typeof openDatabase>["db"]) {
  const rows = db.select({ id: events.id, seedKey: events.seedKey }).from(events).all();
  const progs = db.select({ id: programs.id, seedKey: programs.seedKey }).from(programs).all();
  return { events: new Map(rows.map((r) => [r.id, r.seedKey!])), programs: new Map(progs.map((p) => [p.id, p.seedKey!])) };
}

/** A row's content as staff can edit it, with parent and program named by seed key (ids differ between databases). */
function content(row: Event, keys: ReturnType<typeof seedKeysOf>) {
  const out: Record<string, unknown> = {};
  for (const f of CONTENT_FIELDS) {
    if (f === "parentId") out.parent = row.parentId === null ? null : keys.events.get(row.parentId);
    else if (f === "programId") out.program = row.programId === null ? null : keys.programs.get(row.programId);
    else out[f] = row[f] instanceof Date ? (row[f] as Date).toISOString() : row[f];
  }
  return out;
}

describe("the previous release's database", () => {
  const file = path.join(dir, "release.db");
  releaseDatabase(file);
  const before = rawRows(file);

  it("has the 31 rows its seeder wrote, which the fingerprints describe", () => {
    expect(before).toHaveLength(31);
    expect(Object.keys(RELEASE_SEEDED).sort()).toEqual(before.map((r) => r.seed_key).sort());
  });

  const { db, sqlite } = openDatabase(file);

  it("keeps every row, id, UID, SEQUENCE, version and parent through the events table's rebuild", () => {
    expect(rawRows(file)).toEqual(before);
    const keys = seedKeysOf(db);
    for (const row of db.select().from(events).all()) expect(releaseContentHash(row, keys)).toBe(RELEASE_SEEDED[row.seedKey!]);
    // The new columns took their defaults: every release row was a day-precise event hosted by its country.
    expect(db.select().from(events).where(eq(events.hostKind, "country")).all()).toHaveLength(31);
  });

  it("has its indexes, data-version triggers and CHECK constraints again", () => {
    const names = (type: string) => (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = ? AND tbl_name IN ('events', 'country_facts') ORDER BY name").all(type) as { name: string }[]).map((r) => r.name);
    expect(names("index")).toEqual(expect.arrayContaining(["events_public_order_idx", "events_status_idx", "events_parent_idx", "events_program_idx", "events_uid_unique", "events_slug_unique", "events_seed_key_unique"]));
    expect(names("trigger").sort()).toEqual(
      [
        ...["country_facts", "events"].flatMap((t) => ["delete", "insert", "update"].map((op) => `${t}_${op}_bumps_data_version`)),
        ...["delete", "insert", "update"].map((op) => `events_search_text_${op}`),
      ].sort(),
    );
    const version = () => (sqlite.prepare("SELECT version FROM data_version").get() as { version: number }).version;
    const v = version();
    sqlite.prepare("UPDATE events SET title_en = title_en WHERE id = 1").run();
    expect(version()).toBe(v + 1);
    expect(() => sqlite.prepare("UPDATE events SET country_code = NULL WHERE id = 1").run()).toThrow(/CHECK constraint failed/);
    expect(() => sqlite.prepare("UPDATE events SET date_precision = 'month', all_day = 0 WHERE id = 1").run()).toThrow(/CHECK constraint failed/);
    expect(sqlite.pragma("foreign_key_check")).toEqual([]);
    // A new event continues the id sequence.
    expect((sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'events'").get() as { seq: number }).seq).toBe(31);
  });

  it("revises each unedited seeded row once, by the feed's SEQUENCE rule, with a system audit entry", () => {
    expect(applySeedRevisions(db, NOW)).toBe(31);
    const after = rawRows(file);
    expect(after.map((r) => [r.id, r.uid])).toEqual(before.map((r) => [r.id, r.uid]));
    const row = (key: string) => db.select().from(events).where(eq(events.seedKey, key)).get()!;
    const old = (key: string) => before.find((r) => r.seed_key === key)!;
    // Host no longer inferred: a significant change.
    expect(row("meeting-2023-03-04-azec-ministerial")).toMatchObject({ hostKind: "unstated", countryCode: null, sequence: old("meeting-2023-03-04-azec-ministerial").sequence + 1 });
    expect(row("meeting-2023-07-07-asean-g7-justice")).toMatchObject({ hostKind: "unstated", countryCode: null });
    // Text only (source slide, note, boilerplate gone): SEQUENCE stays, the version moves.
    const tourism = row("meeting-2023-10-27-tourism");
    expect(tourism).toMatchObject({ sequence: old("meeting-2023-10-27-tourism").sequence, version: 2, sourceTitleJa: "日ASEAN首脳・閣僚級会合（2023年）" });
    expect(tourism.sourceNoteEn).toBe("The summary table gives 28 October; the dialogue's own slide gives 27–29 October, used here.");
    expect(row("meeting-2023-02-10-digital")).toMatchObject({ descriptionJa: "", descriptionEn: "", sequence: old("meeting-2023-02-10-digital").sequence });
    // The online exchange: two online sessions; the 12–19 November phase is deleted (CANCELLED in feeds).
    const phase = row("program-2023-youth-online");
    expect(phase.deletedAt?.toISOString()).toBe(NOW.toISOString());
    expect(phase.sequence).toBe(old("program-2023-youth-online").sequence + 1);
    for (const key of ["program-2023-youth-2023-11-12-online", "program-2023-youth-2023-11-19-online"]) {
      expect(row(key)).toMatchObject({ hostKind: "online", countryCode: null, venueEn: "", parentId: null, sequence: old(key).sequence + 1 });
    }
    const entries = db.select().from(auditLog).where(eq(auditLog.detail, `Seed revision: ${BRIEFING_REVISION}`)).all();
    expect(entries).toHaveLength(31);
    expect(entries.every((e) => e.userId === null && e.before !== null && e.after !== null)).toBe(true);
    expect(db.select().from(dataMigrations).all()).toEqual([{ name: BRIEFING_REVISION, appliedAt: NOW }]);
    // Once: a second start changes nothing.
    expect(applySeedRevisions(db, new Date())).toBe(0);
  });

  it("sends the deleted phase to subscribers as CANCELLED, and no 12–19 November bar, in both parsers", () => {
    const text = readFeedEvents(db)({ filters: { type: "program" } }, "all", (_, rows) => joinChunks(buildFeed(rows, { lang: "en", baseUrl: "https://x", calendar: null })));
    for (const feed of Object.values(parseBoth(text))) {
      const phase = feed.events.find((e) => e.uid === seedUid("program-2023-youth-online"))!;
      expect(phase.status).toBe("CANCELLED");
      expect(feed.events.filter((e) => e.status !== "CANCELLED").some((e) => "date" in e.start && e.start.date === "2023-11-12")).toBe(false);
    }
  });

  it("after db:seed, holds the same content as a database seeded afresh, with the release's UIDs", () => {
    const seeded = seedDatabase(db, NOW);
    expect(seeded.eventsInserted).toBe(SEED_EVENTS.length - 30);
    const freshFile = path.join(dir, "fresh.db");
    freshDatabase(freshFile);
    const fresh = openDatabase(freshFile);
    try {
      const mine = new Map(db.select().from(events).where(isNotNull(events.seedKey)).all().map((r) => [r.seedKey!, r]));
      const theirs = fresh.db.select().from(events).orderBy(asc(events.id)).all();
      const [myKeys, theirKeys] = [seedKeysOf(db), seedKeysOf(fresh.db)];
      for (const row of theirs) expect(content(mine.get(row.seedKey!)!, myKeys), row.seedKey!).toEqual(content(row, theirKeys));
      for (const r of before) expect(mine.get(r.seed_key!)!.uid).toBe(r.uid);
    } finally {
      fresh.sqlite.close();
    }
  });

  it("leaves a seeded row that staff had changed exactly as they left it", () => {
    const file2 = path.join(dir, "edited.db");
    releaseDatabase(file2);
    const raw = new Database(file2);
    raw.prepare("UPDATE events SET title_en = 'AZEC ministerial (Tokyo)', version = 2 WHERE seed_key = 'meeting-2023-03-04-azec-ministerial'").run();
    raw.close();
    const edited = openDatabase(file2);
    try {
      expect(applySeedRevisions(edited.db, NOW)).toBe(30);
      const azec = edited.db.select().from(events).where(eq(events.seedKey, "meeting-2023-03-04-azec-ministerial")).get()!;
      expect(azec).toMatchObject({ titleEn: "AZEC ministerial (Tokyo)", hostKind: "country", countryCode: "JP", version: 2, sourceTitleJa: "" });
    } finally {
      edited.sqlite.close();
    }
    sqlite.close();
  });
});
