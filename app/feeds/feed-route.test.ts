import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ParsedEvent } from "@/lib/testing/parse-ics";

/**
 * The feeds from a seeded database through the feed route (app/feeds/[...path]), read back with
 * ical.js and node-ical. Edits are made with plain SQL the way staff editing stores them
 * (SEQUENCE by nextSequence, updatedAt), so these tests do not depend on that code; the
 * database's triggers move the data version, as for any write.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "feeds-test-"));
process.env.DATABASE_URL = `file:${path.join(dir, "feeds.db")}`;
process.env.PUBLIC_BASE_URL = "https://schedule.example.org";

const { getDb, getSqlite } = await import("@/db/client");
const { openDatabase } = await import("@/db/open-database");
const { readFeedEvents } = await import("@/db/queries/feed-events");
const { SEED_EVENTS, seedDatabase, seedUid } = await import("@/db/seed/seed");
const { buildFeed } = await import("@/lib/feeds/build-feed");
const { nextSequence } = await import("@/lib/feeds/sequence");
const { parseBoth } = await import("@/lib/testing/parse-ics");
const { joinChunks, referenceFeed } = await import("@/lib/testing/reference-feed");
const { feedCalendarInfo } = await import("@/lib/feeds/feed-selection");
const { feedWindow } = await import("@/lib/feeds/feed-window");
const { runtime } = await import("@/server/runtime");
const route = await import("./[...path]/route");

type Kind = "all" | "special" | "youth" | "filter" | "sector" | "country" | "event";
const folders: Partial<Record<Kind, string>> = { sector: "sector", country: "country", event: "events" };

async function fetchFeed(kind: Kind, query = "", init: RequestInit & { file?: string } = {}): Promise<Response> {
  const segments = folders[kind] ? [folders[kind]!, init.file ?? ""] : [`${kind}.ics`];
  const request = new Request(`https://schedule.example.org/feeds/${segments.join("/")}${query ? `?${query}` : ""}`, init);
  return route.GET(request, { params: Promise.resolve({ path: segments }) });
}

async function parsed(kind: Kind, query = "lang=en", file?: string) {
  const res = await fetchFeed(kind, query, { file });
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, res, ...parseBoth(text) };
}

const byUid = (events: ParsedEvent[], key: string) => events.find((e) => e.uid === seedUid(key));
const uids = (events: ParsedEvent[]) => events.map((e) => e.uid).sort();
type Seeded = (typeof SEED_EVENTS)[number];
/** What a subscribed feed holds of the seed: events dated to the day, and no phase whose items it carries. */
const inFeeds = (e: Seeded) => !("month" in e.time) && !SEED_EVENTS.some((item) => item.parentKey === e.key);
const seededUids = (filter: (e: Seeded) => boolean) => SEED_EVENTS.filter((e) => inFeeds(e) && filter(e)).map((e) => seedUid(e.key)).sort();
const MONTH_ONLY = "event-2023-12-economic-co-creation-forum";

const TOURISM = "meeting-2023-10-27-tourism";
const ONLINE = ["program-2023-youth-2023-11-12-online", "program-2023-youth-2023-11-19-online"];

type Row = Record<string, unknown>;
function row(key: string): Row {
  return getSqlite().prepare("SELECT * FROM events WHERE seed_key = ?").get(key) as Row;
}

/** Stores an edit as staff editing does: SEQUENCE per nextSequence, new updated_at. */
function staffEdit(key: string, changes: Row, at: number) {
  const before = row(key);
  const camel = (r: Row) => ({
    sequence: Number(r.sequence), datePrecision: r.date_precision, isTentative: Boolean(r.is_tentative), allDay: Boolean(r.all_day),
    startDate: r.start_date, endDate: r.end_date, startAt: r.start_at, endAt: r.end_at, timeZone: r.time_zone, hostKind: r.host_kind, countryCode: r.country_code, cityJa: r.city_ja, cityEn: r.city_en, venueJa: r.venue_ja, venueEn: r.venue_en,
    status: r.status, deletedAt: r.deleted_at,
  });
  const sequence = nextSequence(camel(before), camel({ ...before, ...changes }));
  const sets = Object.keys(changes).map((c) => `${c} = @${c}`).join(", ");
  getSqlite().prepare(`UPDATE events SET ${sets}, sequence = @sequence, updated_at = @at WHERE seed_key = @key`).run({ ...changes, sequence, at, key });
}

/** A write that changes nothing visible: the triggers still move the data version. */
const touchEvents = () => getSqlite().prepare("UPDATE events SET updated_at = updated_at WHERE id = (SELECT min(id) FROM events)").run();

beforeAll(() => {
  getDb(); // opens, migrates and seeds the empty database
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("seeded feeds", () => {
  it("all.ics holds every seeded event, with the right dates and instants, in both parsers", async () => {
    const { icalJs, nodeIcal, res } = await parsed("all");
    expect(res.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    for (const feed of [icalJs, nodeIcal]) {
      expect(uids(feed.events)).toEqual(seededUids(() => true));
      const tourism = byUid(feed.events, TOURISM)!;
      expect(tourism.summary).toBe("ASEAN-Japan Special Dialogue of Tourism Ministers");
      expect(tourism.start).toEqual({ date: "2023-10-27" });
      expect(tourism.end).toEqual({ date: "2023-10-30" });
      expect(tourism.url).toBe("https://schedule.example.org/en/events/special-tourism-ministers-dialogue-2023");
      expect(tourism.description).toContain("Details: https://schedule.example.org/en/events/special-tourism-ministers-dialogue-2023");
      const [nov12, nov19] = ONLINE.map((k) => byUid(feed.events, k)!);
      expect(nov12.start).toEqual({ utc: "2023-11-12T05:00:00.000Z", tzid: "Asia/Tokyo" });
      expect(nov12.end).toEqual({ utc: "2023-11-12T09:00:00.000Z", tzid: "Asia/Tokyo" });
      expect(nov19.start).toEqual({ utc: "2023-11-19T05:00:00.000Z", tzid: "Asia/Tokyo" });
      expect(nov19.end).toEqual({ utc: "2023-11-19T09:00:00.000Z", tzid: "Asia/Tokyo" });
    }
  });

  it("are byte for byte the one-string builder's files, never windowed", async () => {
    for (const [kind, filters] of [["all", {}], ["special", { special: true }], ["youth", { type: "program" }]] as const) {
      for (const lang of ["ja", "en"] as const) {
        const res = await fetchFeed(kind, `lang=${lang}`);
        const body = Buffer.from(await res.arrayBuffer());
        const rows = readFeedEvents(getDb())({ filters }, "all", (_, events) => [...events]);
        const calendar = feedCalendarInfo({ kind }, lang, "https://schedule.example.org", feedWindow(rows.length, "window"));
        expect(body.equals(Buffer.from(referenceFeed(rows, { lang, baseUrl: "https://schedule.example.org", calendar })))).toBe(true);
        expect(body.toString("utf8")).not.toContain("range=all");
      }
    }
  });

  it("defines a VTIMEZONE for every TZID in every feed", async () => {
    for (const [kind, query, file] of [["all", "lang=ja"], ["youth", "lang=en"], ["event", "lang=en", "youth-exchange-2023-online-session-nov-12.ics"]] as const) {
      const { text, icalJs, nodeIcal } = await parsed(kind, query, file);
      const used = new Set([...text.matchAll(/;TZID=([^:;]+)/g)].map((m) => m[1]));
      expect(used.size).toBeGreaterThan(0);
      expect(new Set(icalJs.vtimezones)).toEqual(used);
      expect(new Set(nodeIcal.vtimezones)).toEqual(used);
    }
  });

  it("special, youth, sector, country and filter feeds hold exactly their events", async () => {
    expect(uids((await parsed("special")).icalJs.events)).toEqual(seededUids((e) => e.isSpecial));
    expect(uids((await parsed("youth")).nodeIcal.events)).toEqual(seededUids((e) => e.kind === "program"));
    expect(uids((await parsed("sector", "lang=ja", "tourism.ics")).icalJs.events)).toEqual(seededUids((e) => e.sector === "tourism"));
    expect(uids((await parsed("country", "lang=en", "KR.ics")).icalJs.events)).toEqual(seededUids((e) => e.host === "KR"));
    const filtered = await parsed("filter", "country=JP&type=meeting&special=1&lang=en");
    expect(uids(filtered.icalJs.events)).toEqual(seededUids((e) => e.host === "JP" && e.kind === "meeting" && e.isSpecial));
    const unstated = await parsed("filter", "country=unstated&lang=en");
    expect(uids(unstated.nodeIcal.events)).toEqual(seededUids((e) => e.host === "unstated"));
    expect(unstated.nodeIcal.calendar["WR-CALNAME"]).toBe("ASEAN–Japan 2023: Host not stated");
    expect(filtered.nodeIcal.calendar["WR-CALNAME"]).toBe("ASEAN–Japan 2023: Japan / Summit and ministerial meetings / ★ special meetings");
    const search = await parsed("filter", `q=${encodeURIComponent("観光")}&lang=ja`);
    expect(uids(search.icalJs.events)).toContain(seedUid(TOURISM));
  });

  it("carries the tourism dialogue's source note in DESCRIPTION, in both languages and both parsers", async () => {
    for (const lang of ["en", "ja"] as const) {
      const { icalJs, nodeIcal } = await parsed("all", `lang=${lang}`);
      for (const feed of [icalJs, nodeIcal]) {
        const paragraphs = byUid(feed.events, TOURISM)!.description.split("\n\n");
        expect(paragraphs).toContain(
          lang === "en"
            ? "Note on the source: The summary table gives 28 October; the dialogue's own slide gives 27–29 October, used here."
            : "資料に関する注記：会合一覧表の日付は10月28日、観光大臣特別対話の資料の開催日程は2023年10月27日（金）～29日（日）。ここでは後者を掲載。",
        );
      }
    }
  });

  it("leaves month-only events out of every feed and download, and never writes a day the briefing does not give", async () => {
    const monthOnly = SEED_EVENTS.filter((e) => "month" in e.time).map((e) => seedUid(e.key));
    expect(monthOnly.length).toBeGreaterThanOrEqual(4);
    for (const [kind, query, file] of [["all", "lang=en"], ["sector", "lang=en", "economy.ics"], ["country", "lang=en", "JP.ics"], ["filter", "q=Forum&lang=ja"]] as const) {
      const { icalJs, nodeIcal } = await parsed(kind, query, file);
      for (const feed of [icalJs, nodeIcal]) expect(feed.events.filter((e) => monthOnly.includes(e.uid))).toEqual([]);
    }
    expect((await fetchFeed("event", "lang=en", { file: "economic-co-creation-forum-2023.ics" })).status).toBe(404);
  });

  it("gives the youth program's items, not the phases that contain them: no 12–19 November bar, no duplicate of Central Program II", async () => {
    for (const feed of Object.values(parseBoth((await parsed("youth")).text))) {
      const keys = feed.events.map((e) => e.uid.replace("@japan-asean-2023", "")).sort();
      expect(keys).toEqual([
        "program-2023-youth-2023-11-12-online",
        "program-2023-youth-2023-11-19-online",
        "program-2023-youth-2023-11-29-arrival",
        "program-2023-youth-2023-11-29-opening",
        "program-2023-youth-2023-12-04-discussions",
        "program-2023-youth-2023-12-06-guests-arrive",
        "program-2023-youth-2023-12-08-departure",
        "program-2023-youth-2023-12-09-guests-depart",
        // A phase with no items of its own is the entry for its days.
        "program-2023-youth-local",
      ]);
      const local = byUid(feed.events, "program-2023-youth-local")!;
      expect(local.description).toContain("The briefing labels 1 December as Wednesday; 1 December 2023 was a Friday.");
      expect(local.description).toContain("The briefing labels 4 December as Saturday; 4 December 2023 was a Monday.");
      expect(feed.events.every((e) => !("date" in e.start) || e.start.date !== "2023-11-12")).toBe(true);
    }
    // The phase is still a page of its own, and a download.
    expect((await parsed("event", "lang=en", "youth-exchange-2023-central-program-2.ics")).icalJs.events).toHaveLength(1);
  });

  it("serves one event as a download, and 404 for unknown slugs", async () => {
    const { icalJs, res } = await parsed("event", "lang=ja", "special-tourism-ministers-dialogue-2023.ics");
    expect(icalJs.events.map((e) => e.summary)).toEqual(["日ASEAN観光大臣特別対話"]);
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="special-tourism-ministers-dialogue-2023.ics"');
    expect((await fetchFeed("event", "", { file: "no-such-event.ics" })).status).toBe(404);
  });

  it("answers 400 for a bad language or filter and 404 for an unknown sector or country", async () => {
    expect((await fetchFeed("all", "lang=de")).status).toBe(400);
    const bad = await fetchFeed("filter", "sector=space");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(await bad.text()).toContain("sector");
    expect((await fetchFeed("sector", "", { file: "space.ics" })).status).toBe(404);
    expect((await fetchFeed("country", "", { file: "US.ics" })).status).toBe(404);
  });

  it("keeps UIDs across languages, a re-seed and a separately seeded database", async () => {
    const en = await parsed("all", "lang=en");
    const ja = await parsed("all", "lang=ja");
    expect(uids(ja.icalJs.events)).toEqual(uids(en.icalJs.events));
    seedDatabase(getDb());
    const again = await parsed("all", "lang=en");
    expect(again.text).toBe(en.text);
    expect(again.res.headers.get("ETag")).toBe(en.res.headers.get("ETag"));
    const other = openDatabase(path.join(dir, "other.db"));
    seedDatabase(other.db, new Date("2024-01-01T00:00:00Z"));
    const otherText = readFeedEvents(other.db)({ filters: {} }, "all", (_, events) => joinChunks(buildFeed(events, { lang: "en", baseUrl: "https://x", calendar: null })));
    const otherFeed = parseBoth(otherText).icalJs;
    expect(uids(otherFeed.events)).toEqual(uids(en.icalJs.events));
    other.sqlite.close();
  });
});

describe("conditional requests and the cache", () => {
  it("answers 304 to If-None-Match and If-Modified-Since, and HEAD without a body", async () => {
    const first = await fetchFeed("all", "lang=en");
    const etag = first.headers.get("ETag")!;
    const lastModified = first.headers.get("Last-Modified")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("Cache-Control")).toContain("public");
    expect((await fetchFeed("all", "lang=en", { headers: { "If-None-Match": etag } })).status).toBe(304);
    expect((await fetchFeed("all", "lang=en", { headers: { "If-Modified-Since": lastModified } })).status).toBe(304);
    expect((await fetchFeed("all", "lang=ja", { headers: { "If-None-Match": etag } })).status).toBe(200);
    const head = await fetchFeed("all", "lang=en", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("ETag")).toBe(etag);
    expect(await head.text()).toBe("");
  });

  it("answers the production server's poll before routing with the route's 304, only while current", async () => {
    const target = "/feeds/sector/tourism.ics?lang=en";
    const answer = (etag: string) => runtime().feeds.answerPoll({ method: "GET", target, headers: new Headers({ "If-None-Match": etag }) });
    expect(answer('"none"')).toBeNull(); // not generated yet
    const etag = (await fetchFeed("sector", "lang=en", { file: "tourism.ics" })).headers.get("ETag")!;
    const fromRoute = await fetchFeed("sector", "lang=en", { file: "tourism.ics", headers: { "If-None-Match": etag } });
    expect(fromRoute.status).toBe(304);
    expect([...new Headers(answer(etag)!)]).toEqual([...fromRoute.headers]);
    expect(answer('"old"')).toBeNull();
    // After a write, the cached copy is no longer current: the route must generate the new one.
    touchEvents();
    expect(answer(etag)).toBeNull();
  });

  it("does no SQL and no generation for a poll when nothing changed", async () => {
    await fetchFeed("all", "lang=en");
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const prepare = vi.spyOn(getSqlite(), "prepare");
      const generated = runtime().feeds.stats().generated;
      for (let i = 0; i < 20; i++) expect((await fetchFeed("all", "lang=en")).status).toBe(200);
      expect(prepare).not.toHaveBeenCalled();
      expect(runtime().feeds.stats().generated).toBe(generated);
      prepare.mockRestore();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("after staff edits", () => {
  it("an edit of the time bumps SEQUENCE and LAST-MODIFIED, keeps the UID, changes the ETag", async () => {
    const before = await parsed("all");
    const old = byUid(before.icalJs.events, TOURISM)!;
    const at = Date.parse("2030-01-02T03:04:05Z");
    staffEdit(TOURISM, { start_date: "2023-10-28", end_date: "2023-10-30" }, at);
    const after = await parsed("all");
    expect(after.res.headers.get("ETag")).not.toBe(before.res.headers.get("ETag"));
    for (const feed of [after.icalJs, after.nodeIcal]) {
      const e = byUid(feed.events, TOURISM)!;
      expect(e.sequence).toBe(old.sequence + 1);
      expect(e.lastModified).toBe("2030-01-02T03:04:05.000Z");
      expect(e.dtstamp).toBe("2030-01-02T03:04:05.000Z");
      expect(e.created).toBe(old.created);
      expect(e.start).toEqual({ date: "2023-10-28" });
      expect(e.end).toEqual({ date: "2023-10-31" });
    }
    expect((await fetchFeed("all", "lang=en", { headers: { "If-None-Match": before.res.headers.get("ETag")! } })).status).toBe(200);
  });

  it("an edit of the place bumps SEQUENCE; a text-only edit changes LAST-MODIFIED only", async () => {
    const key = ONLINE[0];
    const seq = byUid((await parsed("all")).icalJs.events, key)!.sequence;
    staffEdit(key, { venue_en: "Zoom", venue_ja: "Zoom" }, Date.parse("2030-02-01T00:00:00Z"));
    let e = byUid((await parsed("all")).icalJs.events, key)!;
    expect(e.sequence).toBe(seq + 1);
    expect(e.location).toBe("Online, Zoom");
    staffEdit(key, { description_en: "New text" }, Date.parse("2030-02-02T00:00:00Z"));
    e = byUid((await parsed("all")).nodeIcal.events, key)!;
    expect(e.sequence).toBe(seq + 1);
    expect(e.lastModified).toBe("2030-02-02T00:00:00.000Z");
  });

  it("a month-only event whose days are set enters the feeds with its UID and a raised SEQUENCE; back to month-only, it leaves", async () => {
    const before = row(MONTH_ONLY);
    staffEdit(MONTH_ONLY, { date_precision: "day", start_date: "2023-12-16", end_date: "2023-12-16" }, Date.parse("2030-02-10T00:00:00Z"));
    for (const feed of Object.values(parseBoth((await parsed("all")).text))) {
      const e = byUid(feed.events, MONTH_ONLY)!;
      expect(e.sequence).toBe(Number(before.sequence) + 1);
      expect(e.start).toEqual({ date: "2023-12-16" });
      expect(e.end).toEqual({ date: "2023-12-17" });
      expect(e.location).toBe("Japan");
    }
    expect((await parsed("event", "lang=en", "economic-co-creation-forum-2023.ics")).nodeIcal.events[0].uid).toBe(seedUid(MONTH_ONLY));
    staffEdit(MONTH_ONLY, { date_precision: "month", start_date: "2023-12-01", end_date: "2023-12-31" }, Date.parse("2030-02-11T00:00:00Z"));
    expect(byUid((await parsed("all")).icalJs.events, MONTH_ONLY)).toBeUndefined();
  });

  it("a planned event goes out TENTATIVE, with a raised SEQUENCE", async () => {
    const key = "meeting-2023-11-10-transport";
    const seq = Number(row(key).sequence);
    staffEdit(key, { is_tentative: 1 }, Date.parse("2030-02-12T00:00:00Z"));
    for (const feed of Object.values(parseBoth((await parsed("all")).text))) {
      const e = byUid(feed.events, key)!;
      expect(e.status).toBe("TENTATIVE");
      expect(e.sequence).toBe(seq + 1);
    }
  });

  it("a cancelled event stays CANCELLED in every feed it belonged to", async () => {
    staffEdit(TOURISM, { status: "cancelled", cancel_reason: "Typhoon" }, Date.parse("2030-03-01T00:00:00Z"));
    for (const [kind, query, file] of [["all", "lang=en"], ["special", "lang=en"], ["sector", "lang=en", "tourism.ics"], ["country", "lang=en", "JP.ics"], ["filter", "sector=tourism&lang=en"]] as const) {
      const { icalJs, nodeIcal } = await parsed(kind, query, file);
      for (const feed of [icalJs, nodeIcal]) {
        const e = byUid(feed.events, TOURISM)!;
        expect(e.status).toBe("CANCELLED");
        expect(e.description).toContain("Reason: Typhoon");
      }
    }
  });

  it("a deleted event stays CANCELLED for the retention period, measured from the data's last change", async () => {
    const key = "meeting-2023-05-02-finance";
    const deletedAt = Date.parse("2030-04-01T00:00:00Z");
    const seq = row(key).sequence as number;
    staffEdit(key, { deleted_at: deletedAt }, deletedAt);
    getSqlite().prepare("UPDATE data_version SET changed_at = ? WHERE id = 1").run(deletedAt);
    const e = byUid((await parsed("country", "lang=en", "KR.ics")).icalJs.events, key)!;
    expect(e.status).toBe("CANCELLED");
    expect(e.sequence).toBe(seq + 1);
    expect((await parsed("event", "lang=en", "special-finance-ministers-central-bank-governors-meeting-2023.ics")).icalJs.events[0].status).toBe("CANCELLED");
    expect(byUid((await parsed("filter", "sector=finance&lang=en")).nodeIcal.events, key)?.status).toBe("CANCELLED");
    // Another change 179 days later: still there. 181 days later: gone.
    for (const [days, present] of [[179, true], [181, false]] as const) {
      touchEvents();
      getSqlite().prepare("UPDATE data_version SET changed_at = ? WHERE id = 1").run(deletedAt + days * 86_400_000);
      const feed = (await parsed("all")).icalJs;
      expect(Boolean(byUid(feed.events, key))).toBe(present);
    }
  });

  it("drafts never appear, in any feed or as a download", async () => {
    const key = "meeting-2023-07-06-justice";
    staffEdit(key, { status: "draft" }, Date.parse("2030-05-01T00:00:00Z"));
    for (const [kind, query, file] of [["all", "lang=en"], ["special", "lang=ja"], ["sector", "lang=en", "justice.ics"], ["filter", "q=Justice&lang=en"]] as const) {
      expect(byUid((await parsed(kind, query, file)).icalJs.events, key)).toBeUndefined();
    }
    expect((await fetchFeed("event", "", { file: "special-justice-ministers-meeting-2023.ics" })).status).toBe(404);
  });
});
