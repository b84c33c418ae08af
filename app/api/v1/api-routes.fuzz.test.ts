import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { FUZZ_RUNS, unicodeString } from "@/lib/testing/hostile-input";

/** The public API and the exports with hostile queries and slugs: never a 5xx, errors in both languages. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "api-fuzz-"));
process.env.DATABASE_URL = `file:${path.join(dir, "api.db")}`;
process.env.PUBLIC_BASE_URL = "https://schedule.example.org";

const { getDb } = await import("@/db/client");
getDb();
const events = await import("./events/route");
const changes = await import("./changes/route");
const event = await import("./events/[slug]/route");
const exporter = await import("@/app/export/[file]/route");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const param = fc.oneof(fc.constantFrom("sector", "country", "type", "special", "q", "program", "month", "updatedSince", "since", "cursor", "limit", "lang"), fc.string({ maxLength: 6 }));
const value = fc.oneof(unicodeString, fc.string({ maxLength: 500 }), fc.constantFrom("", "JP", "unstated", "2023-12", "2023-13", "1", "0", "500", "501", "-1", "1e3", "2023-01-01T00:00:00Z", "2023-10-01", "2023-02-29", "eyJ4Ijox", "WzAsMV0", "Wy0xLDFd", "WyIyMDIzLTAxLTAxIixudWxsLDAsMV0", "youth-exchange-program-2023", "ja", "fr"));
const query = fc.array(fc.tuple(param, value), { maxLength: 5 }).map((pairs) => new URLSearchParams(pairs).toString());

async function expectWellFormed(res: Response): Promise<void> {
  expect([200, 304, 307, 400, 404]).toContain(res.status);
  if (res.status === 400 || res.status === 404) {
    const body = await res.json();
    expect(body.message.ja.length).toBeGreaterThan(0);
    expect(body.message.en.length).toBeGreaterThan(0);
  }
}

describe("public API under hostile requests", () => {
  it("/api/v1/events, /api/v1/changes and the exports: any query gives 200, 307, 400 or 404", async () => {
    await fc.assert(
      fc.asyncProperty(query, fc.constantFrom("events", "changes", "events.csv", "events.json", "events.ics", "events.xml"), async (q, target) => {
        const res =
          target === "events" || target === "changes"
            ? (target === "events" ? events : changes).GET(new Request(`https://schedule.example.org/api/v1/${target}?${q}`))
            : await exporter.GET(new Request(`https://schedule.example.org/export/${target}?${q}`), { params: Promise.resolve({ file: target }) });
        await expectWellFormed(res);
      }),
      FUZZ_RUNS,
    );
  });

  it("/api/v1/events/{slug}: any slug gives 200 or 404", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(unicodeString, fc.string({ maxLength: 300 }), fc.constantFrom("special-tourism-ministers-dialogue-2023", "..", "%00", "a".repeat(101))), async (slug) => {
        await expectWellFormed(await event.GET(new Request("https://schedule.example.org/api/v1/events/x"), { params: Promise.resolve({ slug }) }));
      }),
      FUZZ_RUNS,
    );
  });
});
