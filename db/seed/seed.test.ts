import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { isSector } from "@/lib/events/sectors";
import { openDatabase } from "../open-database";
import { events, programs } from "../schema";
import { MEETINGS } from "./data/meetings";
import { YOUTH_ITINERARY, YOUTH_PROGRAM } from "./data/youth-program";
import { SEED_EVENTS, seedDatabase, seedUid } from "./seed";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seed-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The table 「日ASEAN首脳・閣僚級会合（2023年）」 as printed in the briefing: date, host, ★. */
const TABLE = [
  ["2023-02-10", "PH", false, "日ASEANデジタル大臣会合"],
  ["2023-05-02", "KR", true, "日ASEAN特別財務大臣・中央銀行総裁会議"],
  ["2023-07-06", "JP", true, "日ASEAN特別法務大臣会合"],
  ["2023-07-13", "ID", false, "日ASEAN外相会議"],
  ["2023-08-22", "ID", false, "日ASEAN経済大臣会合"],
  ["2023-08-22", "ID", false, "日ASEAN国際犯罪閣僚会議"],
  ["2023-08-24", "LA", false, "日ASEAN環境気候変動閣僚級対話"],
  ["2023-09-01", "TH", false, "日ASEANスポーツ大臣会合"],
  ["2023-09-06", "ID", false, "日ASEAN首脳会議"],
  ["2023-10-04", "MY", true, "日ASEAN農林大臣会合"],
  ["2023-10-12", "VN", true, "日ASEAN防災閣僚級会合"],
  // The table gives 28 Oct; the tourism slide gives the whole dialogue, 27–29 Oct.
  ["2023-10-27", "JP", true, "日ASEAN観光大臣特別対話"],
  ["2023-11-10", "LA", false, "日ASEAN交通大臣会合"],
  ["2023-12-17", "JP", true, "日ASEAN友好協力50周年特別首脳会議"],
] as const;

describe("seed data", () => {
  it("has all 14 rows of the meeting table with date, host and ★", () => {
    expect(MEETINGS).toHaveLength(14);
    MEETINGS.forEach((m, i) => {
      const [date, country, special, title] = TABLE[i];
      expect({ date: m.time.allDay ? m.time.startDate : "", country: m.countryCode, special: m.isSpecial, title: m.titleJa }).toEqual({
        date, country, special, title,
      });
      expect(m.kind).toBe("meeting");
    });
  });

  it("keeps the facts the briefing gives about places and recurrence", () => {
    const byTitle = (t: string) => MEETINGS.find((m) => m.titleJa === t)!;
    expect(byTitle("日ASEAN特別財務大臣・中央銀行総裁会議").cityEn).toBe("Incheon");
    expect(byTitle("日ASEAN首脳会議").recurrenceJa).toBe("1977年から毎年開催");
    expect(byTitle("日ASEAN友好協力50周年特別首脳会議").recurrenceJa).toBe("2003年から10年毎に開催");
    expect(byTitle("日ASEAN観光大臣特別対話").time).toEqual({ allDay: true, startDate: "2023-10-27", endDate: "2023-10-29" });
    // An unknown venue stays empty: the table gives no city for Indonesia's meetings.
    expect(byTitle("日ASEAN外相会議").cityEn).toBeUndefined();
  });

  it("has well-formed, unique keys and slugs, known sectors and both titles", () => {
    const keys = new Set(SEED_EVENTS.map((e) => e.key));
    const slugs = new Set(SEED_EVENTS.map((e) => e.slug));
    expect(keys.size).toBe(SEED_EVENTS.length);
    expect(slugs.size).toBe(SEED_EVENTS.length);
    for (const e of SEED_EVENTS) {
      expect(e.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(isSector(e.sector)).toBe(true);
      expect(e.titleJa.trim() && e.titleEn.trim()).toBeTruthy();
    }
  });

  it("describes the youth program and its itinerary from 12 Nov to 9 Dec, phases in order", () => {
    expect(YOUTH_PROGRAM).toMatchObject({ participantsJapan: 20, participantsAsean: 90, nationalLeaders: 10 });
    expect(YOUTH_PROGRAM.themes).toHaveLength(5);
    const phases = YOUTH_ITINERARY.filter((e) => !e.parentKey);
    expect(phases.map((p) => (p.time.allDay ? [p.time.startDate, p.time.endDate] : []))).toEqual([
      ["2023-11-12", "2023-11-19"],
      ["2023-11-29", "2023-11-30"],
      ["2023-12-01", "2023-12-04"],
      ["2023-12-04", "2023-12-07"],
      ["2023-12-08", "2023-12-09"],
    ]);
    const online = YOUTH_ITINERARY.filter((e) => !e.time.allDay);
    expect(online.map((e) => e.time)).toEqual([
      { allDay: false, start: "2023-11-12T14:00", end: "2023-11-12T18:00" },
      { allDay: false, start: "2023-11-19T14:00", end: "2023-11-19T18:00" },
    ]);
    // Parents are listed before their children.
    const seen = new Set<string>();
    for (const e of YOUTH_ITINERARY) {
      if (e.parentKey) expect(seen.has(e.parentKey)).toBe(true);
      seen.add(e.key);
    }
  });
});

describe("seedDatabase", () => {
  const { db, sqlite } = openDatabase(path.join(dir, "seed.db"));

  it("inserts every event once, and re-seeding adds nothing and keeps UIDs", () => {
    const first = seedDatabase(db);
    expect(first.eventsInserted).toBe(SEED_EVENTS.length);
    const before = db.select({ key: events.seedKey, uid: events.uid, id: events.id }).from(events).orderBy(asc(events.id)).all();
    const second = seedDatabase(db);
    expect(second).toMatchObject({ programsInserted: 0, eventsInserted: 0 });
    const after = db.select({ key: events.seedKey, uid: events.uid, id: events.id }).from(events).orderBy(asc(events.id)).all();
    expect(after).toEqual(before);
    for (const row of after) expect(row.uid).toBe(seedUid(row.key!));
  });

  it("stores the online sessions as 05:00–09:00 UTC and links items to their phase and program", () => {
    const program = db.select().from(programs).get()!;
    const sessions = db.select().from(events).where(eq(events.allDay, false)).orderBy(asc(events.startAt)).all();
    expect(sessions.map((s) => [s.startAt!.toISOString(), s.endAt!.toISOString(), s.timeZone])).toEqual([
      ["2023-11-12T05:00:00.000Z", "2023-11-12T09:00:00.000Z", "Asia/Tokyo"],
      ["2023-11-19T05:00:00.000Z", "2023-11-19T09:00:00.000Z", "Asia/Tokyo"],
    ]);
    for (const s of sessions) {
      expect(s.programId).toBe(program.id);
      const parent = db.select().from(events).where(eq(events.id, s.parentId!)).get()!;
      expect(parent.startDate).toBe("2023-11-12");
    }
  });

  it("keeps a staff edit of a seeded row when re-seeding", () => {
    const row = db.select().from(events).where(eq(events.seedKey, MEETINGS[0].key)).get()!;
    db.update(events).set({ titleEn: "Edited by staff" }).where(eq(events.id, row.id)).run();
    seedDatabase(db);
    expect(db.select().from(events).where(eq(events.id, row.id)).get()!.titleEn).toBe("Edited by staff");
    sqlite.close();
  });
});
