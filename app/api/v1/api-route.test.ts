import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * The public read API and the exports, through their route handlers, on a seeded database:
 * answers validated against the OpenAPI document, filters, pages, validators and 304s (no SQL
 * for a current poll), CORS, and never a draft. Writes are plain SQL, as another process's.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "api-test-"));
process.env.DATABASE_URL = `file:${path.join(dir, "api.db")}`;
process.env.PUBLIC_BASE_URL = "https://schedule.example.org";
process.env.NEXTAUTH_URL = "https://schedule.example.org";

const { getDb, getSqlite } = await import("@/db/client");
const { openApiValidator } = await import("@/lib/testing/openapi-validator");
const { parseWithIcalJs } = await import("@/lib/testing/parse-ics");
const events = await import("./events/route");
const event = await import("./events/[slug]/route");
const countries = await import("./countries/route");
const programs = await import("./programs/route");
const openapi = await import("./openapi.json/route");
const rest = await import("./[...rest]/route");
const exporter = await import("@/app/export/[file]/route");

const BASE = "https://schedule.example.org";
const get = (url: string, headers: Record<string, string> = {}) => new Request(`${BASE}${url}`, { headers });
const listEvents = (query = "", headers: Record<string, string> = {}) => events.GET(get(`/api/v1/events${query ? `?${query}` : ""}`, headers));
const oneEvent = (slug: string, headers: Record<string, string> = {}) => event.GET(get(`/api/v1/events/${slug}`, headers), { params: Promise.resolve({ slug }) });
const exportFile = (file: string, query = "") => exporter.GET(get(`/export/${file}${query ? `?${query}` : ""}`), { params: Promise.resolve({ file }) });

type Json = Record<string, any>;
let doc: Json;
let validator: ReturnType<typeof openApiValidator>;
const publicCount = () => (getSqlite().prepare("SELECT count(*) AS n FROM events WHERE status IN ('published','cancelled') AND deleted_at IS NULL").get() as { n: number }).n;

async function body(res: Response): Promise<Json> {
  expect(res.headers.get("content-type")).toContain("application/json");
  return res.json();
}

beforeAll(async () => {
  getDb();
  doc = await (await openapi.GET(get("/api/v1/openapi.json"))).json();
  validator = openApiValidator(doc as never);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("GET /api/v1/events", () => {
  it("gives every public event once, page by page, in schedule order, each answer as the document describes it", async () => {
    const seen: Json[] = [];
    let url: string | null = `${BASE}/api/v1/events?limit=7`;
    while (url) {
      const res = await events.GET(new Request(url));
      expect(res.status).toBe(200);
      const page = await body(res);
      expect(validator.errors("/api/v1/events", "get", 200, page)).toEqual([]);
      seen.push(...page.data);
      url = page.next;
      if (url) expect(page.nextCursor).toBeTruthy();
    }
    expect(seen.length).toBe(publicCount());
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    const sortKey = (e: Json) => `${e.time.startDate ?? `${e.time.startMonth}-01`} ${e.time.startAt ?? ""}`;
    expect(seen.map(sortKey)).toEqual([...seen.map(sortKey)].sort());
  });

  it("gives both languages, the time model's fields, status, UID and SEQUENCE", async () => {
    const { data } = await body(await listEvents("q=Tourism&limit=500"));
    const tourism = data.find((e: Json) => e.slug === "special-tourism-ministers-dialogue-2023");
    expect(tourism).toMatchObject({
      uid: "meeting-2023-10-27-tourism@japan-asean-2023",
      status: "published",
      title: { ja: "日ASEAN観光大臣特別対話", en: "ASEAN-Japan Special Dialogue of Tourism Ministers" },
      time: { precision: "day", allDay: true, startDate: "2023-10-27", endDate: "2023-10-29", startAt: null, timeZone: "Asia/Tokyo" },
      pages: { ja: `${BASE}/ja/events/special-tourism-ministers-dialogue-2023`, en: `${BASE}/en/events/special-tourism-ministers-dialogue-2023` },
    });
    expect(typeof tourism.sequence).toBe("number");
    const { data: online } = await body(await listEvents("country=online"));
    const timed = online.find((e: Json) => !e.time.allDay);
    expect(timed.time).toMatchObject({ startAt: "2023-11-12T05:00:00.000Z", endAt: "2023-11-12T09:00:00.000Z", timeZone: "Asia/Tokyo" });
    const { data: months } = await body(await listEvents("limit=500"));
    const monthOnly = months.find((e: Json) => e.time.precision === "month");
    expect(monthOnly.time).toMatchObject({ startDate: null, endDate: null, startMonth: expect.stringMatching(/^2023-\d\d$/), startAt: null });
    expect(monthOnly.ics).toBeNull();
  });

  it("filters like the schedule, plus program, month and updatedSince", async () => {
    const ids = async (query: string) => (await body(await listEvents(`${query}&limit=500`))).data.map((e: Json) => e.id).sort((a: number, b: number) => a - b);
    const sql = (where: string, ...args: unknown[]) => (getSqlite().prepare(`SELECT id FROM events WHERE status IN ('published','cancelled') AND deleted_at IS NULL AND ${where} ORDER BY id`).all(...args) as { id: number }[]).map((r) => r.id);
    expect(await ids("sector=tourism")).toEqual(sql("sector = 'tourism'"));
    expect(await ids("country=kr")).toEqual(sql("country_code = 'KR'"));
    expect(await ids("country=unstated")).toEqual(sql("host_kind = 'unstated'"));
    expect(await ids("type=program")).toEqual(sql("kind = 'program'"));
    expect(await ids("special=1")).toEqual(sql("is_special = 1"));
    expect(await ids("program=youth-exchange-program-2023")).toEqual(sql("program_id = (SELECT id FROM programs WHERE slug = 'youth-exchange-program-2023')"));
    expect(await ids("month=2023-12")).toEqual(sql("start_date <= '2023-12-31' AND end_date >= '2023-12-01'"));
    expect((await ids("month=2023-12")).length).toBeGreaterThan(0);
    getSqlite().prepare("UPDATE events SET updated_at = ? WHERE slug = 'special-tourism-ministers-dialogue-2023'").run(Date.parse("2031-01-01T00:00:00Z"));
    expect(await ids(`updatedSince=${encodeURIComponent("2030-12-31T00:00:00+09:00")}`)).toEqual(sql("slug = 'special-tourism-ministers-dialogue-2023'"));
  });

  it("never gives a draft or a deleted event, in a list or by its slug", async () => {
    getSqlite().prepare("UPDATE events SET status = 'draft' WHERE slug = 'special-justice-ministers-meeting-2023'").run();
    getSqlite().prepare("UPDATE events SET deleted_at = ? WHERE slug = 'special-finance-ministers-central-bank-governors-meeting-2023'").run(Date.now());
    const { data } = await body(await listEvents("limit=500"));
    expect(data.map((e: Json) => e.slug)).not.toContain("special-justice-ministers-meeting-2023");
    expect(data.map((e: Json) => e.slug)).not.toContain("special-finance-ministers-central-bank-governors-meeting-2023");
    for (const slug of ["special-justice-ministers-meeting-2023", "special-finance-ministers-central-bank-governors-meeting-2023", "no-such-event"]) {
      const res = await oneEvent(slug);
      expect(res.status).toBe(404);
      expect(validator.errors("/api/v1/events/{slug}", "get", 404, await body(res))).toEqual([]);
    }
    const one = await oneEvent("special-tourism-ministers-dialogue-2023");
    expect(validator.errors("/api/v1/events/{slug}", "get", 200, await body(one))).toEqual([]);
  });

  it("refuses bad and unknown parameters with 400, in both languages, and unknown addresses with a JSON 404", async () => {
    for (const query of ["sector=space", "country=US", "month=2023-13", "limit=0", "limit=501", "cursor=xyz", "updatedSince=yesterday", "special=yes"]) {
      const res = await listEvents(query);
      expect(res.status, query).toBe(400);
      const error = await body(res);
      expect(validator.errors("/api/v1/events", "get", 400, error)).toEqual([]);
      expect(error).toMatchObject({ error: "invalid_parameter", parameter: query.split("=")[0] });
      expect(error.message.ja).toContain(query.split("=")[0]);
      expect(error.message.en).toContain(query.split("=")[0]);
    }
    expect(await body(await listEvents("updatedsince=2023-01-01"))).toMatchObject({ error: "unknown_parameter", parameter: "updatedsince" });
    expect((await countries.GET(get("/api/v1/countries?x=1"))).status).toBe(400);
    const missing = rest.GET();
    expect(missing.status).toBe(404);
    expect((await body(missing)).message.ja).toBeTruthy();
  });

  it("answers a current poll with 304, running no SQL, and a changed one with the new data", async () => {
    const first = await listEvents("sector=economy");
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("last-modified")).toBeTruthy();
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const prepare = vi.spyOn(getSqlite(), "prepare");
      for (let i = 0; i < 10; i++) {
        const poll = await listEvents("sector=economy", { "if-none-match": etag });
        expect(poll.status).toBe(304);
        expect(poll.headers.get("etag")).toBe(etag);
        expect(poll.headers.get("access-control-allow-origin")).toBe("*");
      }
      expect((await listEvents("sector=economy")).status).toBe(200);
      expect(prepare).not.toHaveBeenCalled();
      prepare.mockRestore();
    } finally {
      vi.useRealTimers();
    }
    getSqlite().prepare("UPDATE events SET title_en = 'Renamed economy meeting' WHERE id = (SELECT min(id) FROM events WHERE sector = 'economy' AND status = 'published')").run();
    await new Promise((r) => setTimeout(r, 1100)); // another process's write is seen within the tracker's second
    const changed = await listEvents("sector=economy", { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(JSON.stringify(await changed.json())).toContain("Renamed economy meeting");
  });

  it("allows reading from any origin (CORS for GET, with a preflight)", async () => {
    const res = await listEvents("", { origin: "https://embassy.example" });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-expose-headers")).toContain("ETag");
    const preflight = events.OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });
});

describe("countries, programs and the OpenAPI document", () => {
  it("lists countries and programs as the document describes them", async () => {
    const c = await body(await countries.GET(get("/api/v1/countries")));
    expect(validator.errors("/api/v1/countries", "get", 200, c)).toEqual([]);
    expect(c.data.map((x: Json) => x.code)).toContain("TH");
    const p = await body(await programs.GET(get("/api/v1/programs")));
    expect(validator.errors("/api/v1/programs", "get", 200, p)).toEqual([]);
    expect(p.data[0]).toMatchObject({ slug: "youth-exchange-program-2023" });
  });

  it("is OpenAPI 3.1 with the public and staff operations, and says which Origin the staff API takes", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.description).toContain("Origin: https://schedule.example.org");
    const operations = Object.entries(doc.paths).flatMap(([p, ops]) => Object.entries(ops as Json).map(([m, op]) => `${m.toUpperCase()} ${p} ${(op as Json).tags}`));
    expect(operations).toEqual(expect.arrayContaining([
      "GET /api/v1/events public",
      "GET /api/v1/events/{slug} public",
      "GET /api/v1/changes public",
      "GET /api/v1/countries public",
      "GET /api/v1/programs public",
      "POST /api/staff/events staff",
      "PATCH /api/staff/events/{id} staff",
      "DELETE /api/staff/events/{id} staff",
      "POST /api/staff/events/{id}/publish staff",
      "POST /api/staff/events/{id}/unpublish staff",
      "POST /api/staff/events/{id}/cancel staff",
      "POST /api/staff/events/{id}/restore staff",
      "POST /api/staff/events/{id}/duplicate staff",
      "POST /api/staff/events/{id}/redact staff",
      "POST /api/staff/import staff",
      "POST /api/staff/import/{batch}/apply staff",
      "POST /api/staff/import/{batch}/undo staff",
    ]));
    expect(doc.components.securitySchemes.staffSession).toMatchObject({ type: "apiKey", in: "cookie" });
  });
});

describe("exports of a view", () => {
  it("writes CSV for Excel: UTF-8 with a byte-order mark, CRLF, headers in the view's language, formulas neutralised", async () => {
    getSqlite().prepare("UPDATE events SET title_en = '=HYPERLINK(\"http://evil.example\")', description_en = '- first item' WHERE slug = 'special-tourism-ministers-dialogue-2023'").run();
    const res = await exportFile("events.csv", "sector=tourism&lang=en");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="japan-asean-2023-events.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split("\r\n")[0]).toMatch(/^ID,UID,Slug,Type,Title \(Japanese\),Title \(English\),/);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).toContain("'- first item");
    expect(text).not.toMatch(/,=HYPERLINK/);
    const ja = new TextDecoder().decode(new Uint8Array(await (await exportFile("events.csv", "sector=tourism")).arrayBuffer()).slice(3));
    expect(ja.split("\r\n")[0]).toMatch(/^ID,UID,スラッグ,種別,名称（日本語）/);
  });

  it("writes JSON with the API's event objects, for the list, country, program and month views", async () => {
    for (const query of ["", "country=TH", "program=youth-exchange-program-2023", "month=2023-11&type=program"]) {
      const res = await exportFile("events.json", query);
      expect(res.status, query).toBe(200);
      const json = await body(res);
      expect(validator.errors("/export/events.{format}", "get", 200, json), query).toEqual([]);
      expect(json.data.length, query).toBeGreaterThan(0);
    }
  });

  it("sends iCalendar to the view's own feed, with every event", async () => {
    const cases: [string, string][] = [
      ["", "/feeds/all.ics?range=all&lang=ja"],
      ["country=TH&lang=en", "/feeds/country/TH.ics?range=all&lang=en"],
      ["program=youth-exchange-program-2023", "/feeds/youth.ics?range=all&lang=ja"],
      ["sector=tourism&special=1", "/feeds/filter.ics?sector=tourism&special=1&range=all&lang=ja"],
    ];
    for (const [query, location] of cases) {
      const res = await exportFile("events.ics", query);
      expect(res.status, query).toBe(307);
      expect(res.headers.get("location"), query).toBe(location);
    }
    const feed = await import("@/app/feeds/[...path]/route");
    const ics = await (await feed.GET(new Request(`${BASE}/feeds/country/TH.ics?range=all&lang=en`), { params: Promise.resolve({ path: ["country", "TH.ics"] }) })).text();
    expect(parseWithIcalJs(ics).events.length).toBeGreaterThan(0);
  });

  it("refuses unknown files and bad filters", async () => {
    expect((await exportFile("events.xlsx")).status).toBe(404);
    expect((await exportFile("events.csv", "sector=space")).status).toBe(400);
    expect((await exportFile("events.csv", "lang=fr")).status).toBe(400);
  });
});
