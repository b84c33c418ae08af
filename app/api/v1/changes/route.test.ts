import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * GET /api/v1/changes through its route handler, on a seeded database with changes made as the
 * staff make them: every entry once, newest first, page by page, as the OpenAPI document
 * describes it; both languages; the changelog's filters and since; 304s without SQL.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "api-changes-"));
process.env.DATABASE_URL = `file:${path.join(dir, "api.db")}`;
process.env.PUBLIC_BASE_URL = "https://schedule.example.org";
process.env.NEXTAUTH_URL = "https://schedule.example.org";

const { getDb, getSqlite } = await import("@/db/client");
const { users } = await import("@/db/schema");
const { createEvent, updateEvent } = await import("@/db/queries/staff-events");
const { changeEventStatus } = await import("@/db/queries/staff-events-status");
const { countPublicChanges } = await import("@/db/queries/public-changes");
const { okResult: ok } = await import("@/lib/testing/ok-result");
const { eventInputSchema } = await import("@/lib/validation/event-input");
const { openApiValidator } = await import("@/lib/testing/openapi-validator");
const changes = await import("./route");
const openapi = await import("../openapi.json/route");

const BASE = "https://schedule.example.org";
type Json = Record<string, any>;
const list = (query = "", headers: Record<string, string> = {}) => changes.GET(new Request(`${BASE}/api/v1/changes${query ? `?${query}` : ""}`, { headers }));
let validator: ReturnType<typeof openApiValidator>;
let movedId: number;
let userId: number;
let removedId: number;

const form = {
  kind: "meeting", titleJa: "変更APIの会合", titleEn: "Changes API Meeting", sector: "tourism", host: "TH",
  startDate: "2023-09-05", startTime: "10:00", endDate: "2023-09-05", endTime: "12:00", timeZone: "Asia/Bangkok",
};
const input = (over: Record<string, unknown> = {}) => eventInputSchema.parse({ ...form, ...over });

beforeAll(async () => {
  const db = getDb();
  const now = new Date();
  userId = db.insert(users).values({ email: "api@example.test", name: "A", passwordHash: "x", role: "editor", createdAt: now, updatedAt: now }).returning().get().id;
  const at = (iso: string) => ({ userId, now: new Date(iso) });
  let e = ok(createEvent(input(), { publish: true, actor: at("2023-08-03T00:00:00Z") }, db)).event;
  movedId = e.id;
  e = ok(updateEvent({ id: e.id, version: e.version, input: input({ startTime: "11:00", endTime: "13:00" }), note: { ja: "会場の都合", en: "Venue availability" } }, at("2023-08-04T00:00:00Z"), db)).event;
  ok(changeEventStatus({ id: e.id, version: e.version, action: "cancel", cancelReason: { ja: "台風", en: "Typhoon" } }, at("2023-08-05T00:00:00Z"), db));
  const other = ok(createEvent(input({ titleJa: "", titleEn: "Removed Economy Forum", sector: "economy" }), { publish: true, actor: at("2023-08-06T00:00:00Z") }, db)).event;
  removedId = other.id;
  ok(changeEventStatus({ id: other.id, version: other.version, action: "delete" }, at("2023-08-07T00:00:00Z"), db));
  validator = openApiValidator((await (await openapi.GET(new Request(`${BASE}/api/v1/openapi.json`))).json()) as never);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function page(res: Response): Promise<Json> {
  expect(res.status).toBe(200);
  const json = await res.json();
  expect(validator.errors("/api/v1/changes", "get", 200, json)).toEqual([]);
  return json;
}

describe("GET /api/v1/changes", () => {
  it("gives every entry of the changelog once, newest first, page by page, as the document describes it", async () => {
    const seen: Json[] = [];
    let url: string | null = `${BASE}/api/v1/changes?limit=2`;
    while (url) {
      const json = await page(await changes.GET(new Request(url)));
      seen.push(...json.data);
      url = json.next;
    }
    expect(seen.length).toBe(countPublicChanges(getDb(), { filters: {} }));
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(new Set(seen.map((c) => c.id)).size).toBe(seen.length);
    const order = seen.map((c) => `${c.at} ${String(c.id).padStart(9, "0")}`);
    expect(order).toEqual([...order].sort().reverse());
  });

  it("gives each entry in both languages: title, items as data and as text, the note, and the event's pages while it is public", async () => {
    const { data } = await page(await list("q=Changes%20API"));
    expect(data.map((c: Json) => c.items.map((i: Json) => i.type).join("+"))).toEqual(["cancelled", "date", "published"]);
    const [cancelled, moved] = data;
    expect(cancelled).toMatchObject({
      at: "2023-08-05T00:00:00.000Z",
      day: "2023-08-05",
      event: { id: movedId, slug: expect.any(String), pages: { ja: expect.stringMatching(/^https:\/\/schedule\.example\.org\/ja\/events\//), en: expect.stringMatching(/\/en\/events\//) } },
      title: { ja: "変更APIの会合", en: "Changes API Meeting" },
      items: [{ type: "cancelled", reason: { ja: "台風", en: "Typhoon" }, text: { ja: "中止（理由：台風）", en: "cancelled (reason: Typhoon)" } }],
      note: null,
    });
    expect(moved.items[0]).toMatchObject({ type: "date", before: { startAt: "2023-09-05T03:00:00.000Z", timeZone: "Asia/Bangkok" }, after: { startAt: "2023-09-05T04:00:00.000Z" } });
    expect(moved.summary.en).toContain("10:00–12:00 → 11:00–13:00 (UTC+7)");
    expect(moved.note).toEqual({ ja: "会場の都合", en: "Venue availability" });
  });

  it("keeps a removed event's entries, without its page", async () => {
    const { data } = await page(await list("sector=economy&since=2023-08-06"));
    expect(data.map((c: Json) => [c.event.id, c.items[0].type, c.event.slug, c.event.pages])).toEqual([
      [removedId, "removed", null, null],
      [removedId, "published", null, null],
    ]);
  });

  it("filters like the changelog: the schedule's filters and since (a day in Japan time)", async () => {
    const since = await page(await list("since=2023-08-05&q=Changes%20API"));
    expect(since.data.map((c: Json) => c.day)).toEqual(["2023-08-05"]);
    // 2023-08-04T20:00Z is already the 5th in Japan.
    expect((await page(await list("since=2023-08-06&country=TH"))).data.every((c: Json) => c.at >= "2023-08-05T15:00:00.000Z")).toBe(true);
    expect((await page(await list("sector=tourism&q=Changes%20API"))).data).toHaveLength(3);
    expect((await page(await list("sector=economy&q=Changes%20API"))).data).toHaveLength(0);
  });

  it("refuses bad and unknown parameters with 400, naming them in both languages", async () => {
    for (const query of ["since=2023-02-30", "since=yesterday", "cursor=nonsense", "limit=0", "limit=501", "sector=space", "updatedSince=2023-01-01T00:00:00Z", "page=2"]) {
      const res = await list(query);
      expect(res.status, query).toBe(400);
      const error = await res.json();
      expect(error.parameter, query).toBe(query.split("=")[0]);
      expect(error.message.ja).toContain(error.parameter);
      expect(error.message.en).toContain(error.parameter);
    }
  });

  it("answers a current poll with 304, running no SQL, and a changed one with the new entry", async () => {
    const first = await list("q=Changes%20API");
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const prepare = vi.spyOn(getSqlite(), "prepare");
    for (let i = 0; i < 5; i++) expect((await list("q=Changes%20API", { "if-none-match": etag })).status).toBe(304);
    expect(prepare).not.toHaveBeenCalled();
    prepare.mockRestore();
    const current = getDb().select().from((await import("@/db/schema")).events).all().find((e) => e.id === movedId)!;
    ok(changeEventStatus({ id: movedId, version: current.version, action: "uncancel" }, { userId }, getDb()));
    await new Promise((r) => setTimeout(r, 1100)); // the tracker reads the data version at most once a second
    const changed = await list("q=Changes%20API", { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect((await changed.json()).data[0].items[0].type).toBe("uncancelled");
  });
});
