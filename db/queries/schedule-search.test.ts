import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { SEARCH_FOLDS, foldSearchText } from "@/lib/events/schedule-search";

/** The public search against the seeded schedule, through the real database and its triggers. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "schedule-search-"));
process.env.DATABASE_URL = `file:${path.join(dir, "search.db")}`;
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const { getDb, getSqlite } = await import("../client");
const { events, searchTexts } = await import("../schema");
const { listScheduleEvents } = await import("./public-events");
const { readFeedEvents } = await import("./feed-events");

const search = (q: string, filters = {}) => listScheduleEvents({ ...filters, q }, 1000).rows;
const titles = (q: string) => search(q).map((e) => e.titleEn);
const countOf = (where: string) => (getSqlite().prepare(`SELECT count(*) AS n FROM events WHERE ${where}`).get() as { n: number }).n;

describe("the public search", () => {
  it("finds every youth program item for “youth”, by the program, sector and type names", () => {
    const rows = search("youth");
    expect(rows).toHaveLength(countOf("kind = 'program'"));
    expect(rows.every((e) => e.kind === "program")).toBe(true);
    expect(search("青年交流")).toHaveLength(rows.length);
  });

  it("finds host countries by their names in both languages, and by the names readers use", () => {
    for (const [q, code] of [["Indonesia", "ID"], ["Vietnam", "VN"], ["Viet Nam", "VN"], ["Laos", "LA"], ["ラオス", "LA"], ["インドネシア", "ID"], ["korea", "KR"]] as const) {
      const rows = search(q);
      // Every event the country hosts, and no other but one that names it in its title (the E-DISC visit).
      expect(rows.filter((e) => e.countryCode === code).length, q).toBe(countOf(`country_code = '${code}'`));
      for (const e of rows.filter((r) => r.countryCode !== code)) expect(`${e.titleJa} ${e.titleEn}`.toLowerCase(), q).toContain(q.toLowerCase());
    }
  });

  it("does not search descriptions, whose source note is the same on every meeting", () => {
    const found = titles("summit");
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.every((title) => /summit/i.test(title))).toBe(true);
    expect(found.join("|")).not.toMatch(/Digital|Sports|Transport/);
    expect(search("the table")).toHaveLength(0);
  });

  it("folds what phones and Japanese input methods type: typographic apostrophes, full-width letters, case", () => {
    const plain = titles("ministers'");
    expect(plain.length).toBeGreaterThan(3);
    expect(titles("ministers\u2019")).toEqual(plain);
    expect(titles("MINISTERS'")).toEqual(plain);
    const asean = titles("asean");
    expect(asean.length).toBeGreaterThan(20);
    expect(titles("ＡＳＥＡＮ")).toEqual(asean);
    expect(titles("ａｓｅａｎ")).toEqual(asean);
  });

  it("matches every word, in any of the searched fields", () => {
    expect(titles("tourism japan")).toEqual(["ASEAN-Japan Special Dialogue of Tourism Ministers"]);
    expect(search("Incheon finance")).toHaveLength(1);
    expect(search("仁川")).toHaveLength(1);
  });

  it("finds a phase's items by the phase's title, and lists the events whose title matches first", () => {
    const rows = search("program-related");
    const phase = rows.find((e) => e.titleEn === "Program-related Meetings")!;
    expect(phase.titleMatch).toBe(true);
    expect(rows.filter((e) => e.parentId === phase.id).length).toBeGreaterThan(1);
    expect(rows.filter((e) => e.parentId === phase.id).every((e) => !e.titleMatch)).toBe(true);

    const meetings = search("meeting");
    const firstOther = meetings.findIndex((e) => !e.titleMatch);
    expect(firstOther).toBeGreaterThan(0);
    expect(meetings.slice(firstOther).every((e) => !e.titleMatch)).toBe(true);
    expect(meetings.slice(0, firstOther).every((e) => /meeting/i.test(`${e.titleEn} ${e.titleJa}`))).toBe(true);
  });

  it("takes %, _ and \\ literally", () => {
    for (const q of ["%", "_", "\\", "50%", "a_b"]) expect(search(q), q).toHaveLength(0);
  });

  it("sees stored full-width and typographic forms, whoever wrote them (here, raw SQL)", () => {
    const id = Number(
      getSqlite()
        .prepare(
          `INSERT INTO events (uid, slug, kind, title_ja, title_en, sector, country_code, status, all_day, start_date, end_date, time_zone, created_at, updated_at)
           VALUES ('search-raw@test', 'search-raw', 'event', '日ＡＳＥＡＮ　ワークショップ', 'Partners\u2019 Workshop', 'other', 'JP', 'published', 1, '2023-05-01', '2023-05-01', 'Asia/Tokyo', 0, 0)`,
        )
        .run().lastInsertRowid,
    );
    expect(search("partners' workshop").map((e) => e.id)).toEqual([id]);
    expect(search("日asean ワークショップ").map((e) => e.id)).toEqual([id]);
    getSqlite().prepare("UPDATE events SET venue_en = 'Ｈａｌｌ Ｂ' WHERE id = ?").run(id);
    expect(search("hall b").map((e) => e.id)).toEqual([id]);
    getSqlite().prepare("DELETE FROM events WHERE id = ?").run(id);
    expect(getDb().select().from(searchTexts).where(and(eq(searchTexts.owner, "event"), eq(searchTexts.ownerId, id))).all()).toEqual([]);
  });

  it("folds stored text exactly as it folds a search (the migration's replace chain is SEARCH_FOLDS)", () => {
    const [program] = getSqlite().prepare("SELECT id, name_en FROM programs").all() as { id: number; name_en: string }[];
    const sample = `x${SEARCH_FOLDS.map((f) => f.from).join("")}AZaz09y`;
    try {
      getSqlite().prepare("UPDATE programs SET name_en = ? WHERE id = ?").run(sample, program.id);
      const [stored] = getDb().select().from(searchTexts).where(and(eq(searchTexts.owner, "program"), eq(searchTexts.ownerId, program.id))).all();
      expect(stored.text.split("\u001f")[1]).toBe(foldSearchText(sample));
    } finally {
      getSqlite().prepare("UPDATE programs SET name_en = ? WHERE id = ?").run(program.name_en, program.id);
    }
  });

  it("gives the filtered feed the page's events, but for those no feed carries (month-only events, phases with items)", () => {
    const read = readFeedEvents(getDb());
    for (const filters of [{ q: "youth" }, { q: "Indonesia" }, { q: "ministers\u2019", special: true as const }, { q: "summit", sector: "summit" as const }]) {
      const page = listScheduleEvents(filters, 1000).rows;
      const feed = new Set(read({ filters }, "all", (_, rows) => [...rows].map((e) => e.uid)));
      const parents = new Set(page.map((e) => e.parentId));
      const expected = page.filter((e) => e.datePrecision === "day" && !parents.has(e.id)).map((e) => e.uid);
      expect([...feed].sort(), JSON.stringify(filters)).toEqual(expected.sort());
    }
  });

  it("leaves events out of the search text table once they are gone", () => {
    expect(countOf("1")).toBe((getSqlite().prepare("SELECT count(*) AS n FROM search_texts WHERE owner = 'event'").get() as { n: number }).n);
    expect(getDb().select({ id: events.id }).from(events).all().length).toBe(countOf("1"));
  });
});
