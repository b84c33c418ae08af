import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { isSector } from "@/lib/events/sectors";
import { openDatabase } from "../open-database";
import { countryFacts, events, programs } from "../schema";
import { MEETINGS } from "./data/meetings";
import { YOUTH_ITINERARY, YOUTH_PROGRAM } from "./data/youth-program";
import { SEED_EVENTS, seedDatabase, seedUid } from "./seed";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seed-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("seed data", () => {
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
    const top = YOUTH_ITINERARY.filter((e) => !e.parentKey);
    expect(top.map((p) => ("allDay" in p.time && p.time.allDay ? [p.time.startDate, p.time.endDate] : p.key))).toEqual([
      "program-2023-youth-2023-11-12-online",
      "program-2023-youth-2023-11-19-online",
      ["2023-11-29", "2023-11-30"],
      ["2023-12-01", "2023-12-04"],
      ["2023-12-04", "2023-12-07"],
      ["2023-12-08", "2023-12-09"],
    ]);
    const online = YOUTH_ITINERARY.filter((e) => e.host === "online");
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

  it("names a source slide for every event, and leaves no boilerplate in descriptions", () => {
    for (const e of SEED_EVENTS) {
      expect(e.sourceTitleJa.trim() && e.sourceTitleEn.trim(), e.key).toBeTruthy();
      expect(`${e.descriptionJa ?? ""}${e.descriptionEn ?? ""}`, e.key).not.toMatch(/出典|Source:/);
    }
  });
});

describe("seedDatabase", () => {
  const { db, sqlite } = openDatabase(path.join(dir, "seed.db"));

  it("inserts every event and country's facts once, and re-seeding adds nothing and keeps UIDs", () => {
    const first = seedDatabase(db);
    expect(first.eventsInserted).toBe(SEED_EVENTS.length);
    expect(first.countryFactsInserted).toBe(12);
    const before = db.select({ key: events.seedKey, uid: events.uid, id: events.id }).from(events).orderBy(asc(events.id)).all();
    const second = seedDatabase(db);
    expect(second).toMatchObject({ programsInserted: 0, eventsInserted: 0, countryFactsInserted: 0 });
    const after = db.select({ key: events.seedKey, uid: events.uid, id: events.id }).from(events).orderBy(asc(events.id)).all();
    expect(after).toEqual(before);
    for (const row of after) expect(row.uid).toBe(seedUid(row.key!));
  });

  it("stores the online sessions as 05:00–09:00 UTC, online, and links items to their phase and program", () => {
    const program = db.select().from(programs).get()!;
    const sessions = db.select().from(events).where(eq(events.allDay, false)).orderBy(asc(events.startAt)).all();
    expect(sessions.map((s) => [s.startAt!.toISOString(), s.endAt!.toISOString(), s.timeZone, s.hostKind, s.countryCode, s.parentId])).toEqual([
      ["2023-11-12T05:00:00.000Z", "2023-11-12T09:00:00.000Z", "Asia/Tokyo", "online", null, null],
      ["2023-11-19T05:00:00.000Z", "2023-11-19T09:00:00.000Z", "Asia/Tokyo", "online", null, null],
    ]);
    for (const s of sessions) expect(s.programId).toBe(program.id);
    const item = db.select().from(events).where(eq(events.seedKey, "program-2023-youth-2023-12-06-guests-arrive")).get()!;
    expect(db.select().from(events).where(eq(events.id, item.parentId!)).get()!.seedKey).toBe("program-2023-youth-central-2");
  });

  it("stores a month-only event as its whole month, and a host the briefing does not state as no country", () => {
    const forum = db.select().from(events).where(eq(events.seedKey, "event-2023-12-economic-co-creation-forum")).get()!;
    expect(forum).toMatchObject({ datePrecision: "month", allDay: true, startDate: "2023-12-01", endDate: "2023-12-31", hostKind: "country", countryCode: "JP" });
    const week = db.select().from(events).where(eq(events.seedKey, "event-2023-06-05-business-week")).get()!;
    expect(week).toMatchObject({ datePrecision: "day", startDate: "2023-06-05", endDate: "2023-06-09", hostKind: "unstated", countryCode: null, cityEn: "" });
    const mie = db.select().from(countryFacts).where(eq(countryFacts.countryCode, "BN")).get()!;
    expect(mie).toMatchObject({ comparisonJa: "三重県とほぼ同じ", statsYear: null, version: 1 });
  });

  it("keeps a staff edit of a seeded row, and an admin's edit of a country's facts, when re-seeding", () => {
    const row = db.select().from(events).where(eq(events.seedKey, MEETINGS[0].key)).get()!;
    db.update(events).set({ titleEn: "Edited by staff" }).where(eq(events.id, row.id)).run();
    db.update(countryFacts).set({ leaderEn: "Edited by an admin" }).where(eq(countryFacts.countryCode, "JP")).run();
    seedDatabase(db);
    expect(db.select().from(events).where(eq(events.id, row.id)).get()!.titleEn).toBe("Edited by staff");
    expect(db.select().from(countryFacts).where(eq(countryFacts.countryCode, "JP")).get()!.leaderEn).toBe("Edited by an admin");
    sqlite.close();
  });
});
