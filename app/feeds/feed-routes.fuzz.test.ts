import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { FUZZ_RUNS, unicodeString } from "@/lib/testing/hostile-input";

/**
 * The feed route with hostile URLs (query parameters, path segments, conditional
 * headers): never a 5xx; a 400/404 is a short plain-text message; a 200 is an iCalendar file.
 * And the poll answer the production server gives before Next.js never disagrees with the route.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "feed-routes-fuzz-"));
process.env.DATABASE_URL = `file:${path.join(dir, "feeds.db")}`;
process.env.PUBLIC_BASE_URL = "https://schedule.example.org";

const { getDb } = await import("@/db/client");
getDb(); // migrate and seed
const { runtime } = await import("@/server/runtime");
const route = await import("./[...path]/route");

/** The feed route as Next calls it: the request, and the decoded path segments after /feeds/. */
const getFeed = (url: string, segments: string[], init: RequestInit = {}) => route.GET(new Request(url, init), { params: Promise.resolve({ path: segments }) });

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const param = fc.oneof(fc.constantFrom("lang", "range", "sector", "country", "type", "special", "q", "page"), fc.string({ maxLength: 6 }));
const value = fc.oneof(unicodeString, fc.string({ maxLength: 2000 }), fc.constantFrom("ja", "en", "all", "tourism", "JP", "jp", "meeting", "1", "0", "-1", "1e309", "%", "\u0000"));
const query = fc.array(fc.tuple(param, value), { maxLength: 6 }).map((pairs) => new URLSearchParams(pairs).toString());
const conditional = fc.oneof(
  fc.constant({}),
  fc.record({ "if-none-match": fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom("*", 'W/"x"', '"', "")) }),
  fc.record({ "if-modified-since": fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("Thu, 01 Jan 1970 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "yesterday")) }),
);

async function expectWellFormed(res: Response): Promise<void> {
  expect([200, 304, 400, 404]).toContain(res.status);
  const text = await res.text();
  if (res.status === 200) {
    expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  } else if (res.status !== 304) {
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text.length).toBeLessThan(1000);
  }
}

// Headers must be ByteStrings: characters above U+00FF are what a client cannot send anyway.
const latin1 = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replace(/[^\u0020-\u007e]/g, "?")]));

describe("feed routes under hostile URLs", () => {
  it("filter.ics and all.ics: any query and conditional headers give 200/304/400, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(query, conditional, fc.boolean(), async (q, headers, useAll) => {
        const file = useAll ? "all.ics" : "filter.ics";
        await expectWellFormed(await getFeed(`https://schedule.example.org/feeds/${file}?${q}`, [file], { headers: latin1(headers) }));
      }),
      FUZZ_RUNS,
    );
  });

  it("any path segments give 200/404 (or 400 for a bad lang), never a 5xx", async () => {
    const file = fc.oneof(unicodeString, unicodeString.map((s) => `${s}.ics`), fc.constantFrom("tourism.ics", "JP.ics", "jp.ics", "..%2Fall.ics", ".ics", "a".repeat(500) + ".ics"));
    const folder = fc.oneof(fc.constantFrom("sector", "country", "events", "all.ics", "filter.ics", ""), unicodeString);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(folder, file), { minLength: 1, maxLength: 3 }), query, async (segments, q) => {
        await expectWellFormed(await getFeed(`https://schedule.example.org/feeds/x.ics?${q}`, segments));
      }),
      FUZZ_RUNS,
    );
  });

  it("a poll answered before Next.js gets exactly the 304 its route gives, for any query and validators", async () => {
    const answerPoll = runtime().feeds.answerPoll;
    const etag = (await getFeed("https://schedule.example.org/feeds/all.ics", ["all.ics"])).headers.get("etag")!;
    const current: Record<string, string>[] = [{ "if-none-match": etag }, { "if-none-match": `"x", W/${etag}` }, { "if-modified-since": "Fri, 31 Dec 9999 23:59:59 GMT" }];
    const validators: fc.Arbitrary<Record<string, string>> = fc.oneof(conditional, fc.constantFrom(...current));
    const queries = fc.oneof(query, fc.constantFrom("", "lang=ja", "lang=en", "lang=ja&lang=en", "lang=en&lang=ja", "range=all", "x=1&lang=ja"));
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(queries, validators, fc.constantFrom("GET", "HEAD") as fc.Arbitrary<"GET" | "HEAD">, async (q, headers, method) => {
        const target = `/feeds/all.ics${q ? `?${q}` : ""}`;
        const early = answerPoll({ method, target, headers: new Headers(latin1(headers)) });
        if (early === null) return;
        answered += 1;
        const res = await getFeed(`https://schedule.example.org${target}`, ["all.ics"], { method, headers: latin1(headers) });
        expect(res.status).toBe(304);
        expect([...new Headers(early)]).toEqual([...res.headers]);
      }),
      FUZZ_RUNS,
    );
    expect(answered).toBeGreaterThan(0);
  });
});
