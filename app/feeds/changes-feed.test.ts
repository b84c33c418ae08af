import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { atomProblems } from "@/lib/testing/atom-conformance";
import { okResult as ok } from "@/lib/testing/ok-result";

/**
 * The changelog's Atom feed from a seeded database through the feeds' route (/feeds/changes.atom),
 * after staff writes made with the staff query functions: read back by a real feed parser
 * (@rowanmanning/feed-parser) and checked against RFC 4287 (lib/testing/atom-conformance.ts).
 * And the iCal feeds' "Last change" line, from the same entries.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "changes-atom-test-"));
process.env.DATABASE_URL = `file:${path.join(dir, "changes.db")}`;
process.env.PUBLIC_BASE_URL = "https://schedule.example.org";

const { getDb, getSqlite } = await import("@/db/client");
const { createEvent, updateEvent } = await import("@/db/queries/staff-events");
const { changeEventStatus } = await import("@/db/queries/staff-events-status");
const { eventInputSchema } = await import("@/lib/validation/event-input");
const { runtime } = await import("@/server/runtime");
const { parseBoth } = await import("@/lib/testing/parse-ics");
const route = await import("./[...path]/route");

const BASE = "https://schedule.example.org";
const fetchFeed = (file: string, query: string, init: RequestInit = {}) =>
  route.GET(new Request(`${BASE}/feeds/${file}${query ? `?${query}` : ""}`, init), { params: Promise.resolve({ path: [file] }) });
const fetchAtom = (query = "lang=en", init: RequestInit = {}) => fetchFeed("changes.atom", query, init);

async function atom(query = "lang=en") {
  const res = await fetchAtom(query);
  expect(res.status).toBe(200);
  const xml = await res.text();
  expect(atomProblems(xml)).toEqual([]);
  return { res, xml, feed: parseFeed(xml) };
}

const form = {
  kind: "meeting", titleJa: "変更履歴テスト会合", titleEn: "Changelog Test Meeting", sector: "tourism", host: "TH",
  startDate: "2023-09-05", startTime: "14:00", endDate: "2023-09-05", endTime: "16:00", timeZone: "Asia/Tokyo",
};
const input = (over: Record<string, unknown> = {}) => eventInputSchema.parse({ ...form, ...over });
const actor = (iso: string) => ({ userId: null, now: new Date(iso) });
let eventId: number;
let slug: string;

beforeAll(() => {
  getDb(); // opens, migrates and seeds the empty database
  let e = ok(createEvent(input(), { publish: true, actor: actor("2023-08-01T00:00:00Z") })).event;
  eventId = e.id;
  slug = e.slug;
  e = ok(updateEvent({ id: e.id, version: e.version, input: input({ startTime: "15:00", endTime: "17:00" }), note: { ja: "会場の都合により", en: "The venue asked for it" } }, actor("2023-10-20T05:05:00Z"))).event;
  // A draft, created and edited: never in the feed.
  const draft = ok(createEvent(input({ titleEn: "Hidden Draft", titleJa: "" }), { publish: false, actor: actor("2023-10-21T00:00:00Z") })).event;
  ok(updateEvent({ id: draft.id, version: draft.version, input: input({ titleEn: "Hidden Draft", titleJa: "", startDate: "2023-09-06", endDate: "2023-09-06" }) }, actor("2023-10-22T00:00:00Z")));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the changelog's Atom feed", () => {
  it("is conformant Atom that a feed parser reads: the move with before → after, the note, a link to the event, in English and Japanese", async () => {
    const { res, feed } = await atom();
    expect(res.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
    expect(feed.title).toBe("Changes to the ASEAN–Japan 2023 schedule");
    expect(feed.url).toBe(`${BASE}/en/changes`);
    expect(feed.self).toBe(`${BASE}/feeds/changes.atom?lang=en`);
    const [moved, published] = feed.items;
    expect(moved.title).toBe("Changelog Test Meeting: time 14:00–16:00 → 15:00–17:00 (UTC+9)");
    expect(moved.url).toBe(`${BASE}/en/events/${slug}`);
    expect(moved.updated?.toISOString()).toBe("2023-10-20T05:05:00.000Z");
    expect(moved.content).toContain("Note from the secretariat: The venue asked for it");
    expect(moved.content).toContain("Changed Fri 20 Oct 2023 14:05 (UTC+9)");
    expect(published.title).toBe("Changelog Test Meeting: added to the schedule");
    expect(feed.updated?.toISOString()).toBe("2023-10-20T05:05:00.000Z");
    const ja = (await atom("lang=ja")).feed;
    expect(ja.items[0].title).toBe("変更履歴テスト会合: 時刻：14:00～16:00 → 15:00～17:00 (UTC+9)");
    expect(ja.items[0].content).toContain("事務局より：会場の都合により");
    // The same entry has the same id in both languages and on every request.
    expect(ja.items.map((i) => i.id)).toEqual(feed.items.map((i) => i.id));
    expect((await atom()).feed.items.map((i) => i.id)).toEqual(feed.items.map((i) => i.id));
    expect(moved.id).toMatch(/^tag:schedule\.example\.org,2023:changes\/\d+$/);
  });

  it("gives the iCal DESCRIPTION of a changed event one line with its last public change, in both languages", async () => {
    for (const [lang, line] of [
      ["en", "Last change (Fri 20 Oct 2023): time 14:00–16:00 → 15:00–17:00 (UTC+9)"],
      ["ja", "最終変更（2023年10月20日(金)）：時刻：14:00～16:00 → 15:00～17:00 (UTC+9)"],
    ] as const) {
      const { events } = parseBoth(await (await fetchFeed("all.ics", `lang=${lang}`)).text()).icalJs;
      const vevent = events.find((e) => e.url.endsWith(`/events/${slug}`))!;
      expect(vevent.description.split("\n\n")).toContain(line);
      // The seeded events, never changed since: no such line.
      expect(events.filter((e) => /Last change|最終変更/.test(e.description))).toHaveLength(1);
    }
  });

  it("never holds a draft's edits", async () => {
    const { xml } = await atom();
    expect(xml).not.toContain("Hidden Draft");
  });

  it("takes the schedule's filters, and refuses bad ones and bad languages", async () => {
    expect((await atom("sector=tourism&country=TH&lang=en")).feed.items.length).toBe(2);
    const other = await atom("sector=economy&lang=en");
    expect(other.feed.items).toEqual([]);
    expect(other.feed.title).toBe("Changes to the ASEAN–Japan 2023 schedule: Economy");
    expect(other.feed.updated?.toISOString()).toBe("2023-01-01T00:00:00.000Z");
    expect((await fetchAtom("sector=space")).status).toBe(400);
    expect((await fetchAtom("lang=de")).status).toBe(400);
  });

  it("keeps hostile text as text: titles, notes and searches with markup, CDATA ends and control characters", async () => {
    const e = ok(createEvent(input({ titleEn: "<script>alert(1)</script> & ]]> A&B", titleJa: "" }), { publish: true, actor: actor("2023-10-23T00:00:00Z"), note: { ja: "", en: "<b>bold</b> ]]>" } })).event;
    const { feed, xml } = await atom();
    expect(feed.items[0].title).toBe("<script>alert(1)</script> & ]]> A&B: added to the schedule");
    // type="html": the markup is escaped inside the HTML, so a reader shows it as text.
    expect(xml).toContain("<title type=\"html\"><![CDATA[&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; A&amp;B: added to the schedule]]></title>");
    expect(xml).toContain("Note from the secretariat: &lt;b&gt;bold&lt;/b&gt; ]]&gt;");
    const search = await atom(`q=${encodeURIComponent("<x>&\u0001]]>")}&lang=en`);
    expect(search.feed.title).toBe("Changes to the ASEAN–Japan 2023 schedule: “<x>&]]>”");
    ok(changeEventStatus({ id: e.id, version: e.version, action: "delete" }, actor("2023-10-24T00:00:00Z")));
    // Removed: the entry links to the changelog, the event page is gone.
    const removed = (await atom()).feed.items[0];
    expect(removed.title).toContain("removed from the schedule");
    expect(removed.url).toMatch(new RegExp(`^${BASE}/en/changes\\?since=2023-10-24#change-\\d+$`));
  });
});

describe("conditional requests and the cache", () => {
  it("answers 304 to If-None-Match and If-Modified-Since, here and before Next (server/main.mjs), and HEAD without a body", async () => {
    const first = await fetchAtom();
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("Last-Modified")).toBe(new Date("2023-10-24T00:00:00Z").toUTCString());
    expect((await fetchAtom("lang=en", { headers: { "If-None-Match": etag } })).status).toBe(304);
    expect((await fetchAtom("lang=en", { headers: { "If-Modified-Since": first.headers.get("Last-Modified")! } })).status).toBe(304);
    expect((await fetchAtom("lang=ja", { headers: { "If-None-Match": etag } })).status).toBe(200);
    const poll = runtime().changes.answerPoll({ method: "GET", target: "/feeds/changes.atom?lang=en", headers: new Headers({ "If-None-Match": etag }) });
    expect(poll?.ETag).toBe(etag);
    expect(runtime().changes.answerPoll({ method: "GET", target: "/feeds/all.ics?lang=en", headers: new Headers({ "If-None-Match": etag }) })).toBeNull();
    const head = await fetchAtom("lang=en", { method: "HEAD" });
    expect(head.headers.get("ETag")).toBe(etag);
    expect(await head.text()).toBe("");
  });

  it("runs no SQL and builds nothing for a poll while nothing changed", async () => {
    await fetchAtom("country=TH&lang=ja");
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const prepare = vi.spyOn(getSqlite(), "prepare");
      const generated = runtime().changes.stats().generated;
      for (let i = 0; i < 20; i++) expect((await fetchAtom("country=TH&lang=ja")).status).toBe(200);
      expect(runtime().changes.answerPoll({ method: "GET", target: "/feeds/changes.atom?country=TH&lang=ja", headers: new Headers({ "If-Modified-Since": new Date().toUTCString() }) })).not.toBeNull();
      expect(prepare).not.toHaveBeenCalled();
      expect(runtime().changes.stats().generated).toBe(generated);
      prepare.mockRestore();
    } finally {
      vi.useRealTimers();
    }
  });

  it("changes its ETag after a public change, with the new entry first", async () => {
    const before = await fetchAtom();
    const current = getDb().select().from((await import("@/db/schema")).events).all().find((e) => e.id === eventId)!;
    ok(changeEventStatus({ id: eventId, version: current.version, action: "cancel", cancelReason: { ja: "台風", en: "Typhoon" } }, actor("2023-10-25T00:00:00Z")));
    const after = await fetchAtom("lang=en", { headers: { "If-None-Match": before.headers.get("ETag")! } });
    expect(after.status).toBe(200);
    expect(parseFeed(await after.text()).items[0].title).toBe("Changelog Test Meeting: cancelled (reason: Typhoon)");
  });
});
