import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { FUZZ_RUNS, hostileValue, hugeString, mutatedRecord, unknownFields } from "@/lib/testing/hostile-input";
import { storedEventProblems } from "@/lib/testing/stored-event-problems";

/**
 * The staff events JSON API called as functions with hostile requests (bodies, content types,
 * ids, versions): never a 5xx, always a JSON error with a message, and a refused request writes
 * nothing (events, audit log, data version unchanged) while an accepted one leaves a valid row.
 * The session is an editor (requireEditorForApi mocked); CSRF headers are those of a same-origin script.
 */
const ORIGIN = "https://schedule.example.org";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "api-fuzz-"));
process.env.DATABASE_URL = `file:${path.join(dir, "api.db")}`;
process.env.PUBLIC_BASE_URL = ORIGIN;
process.env.NEXTAUTH_URL = ORIGIN;

const editor = { id: 0, email: "fuzz@example.test", name: "Fuzz", role: "editor" as const };
vi.mock("@/lib/auth/session", () => ({ requireEditorForApi: async () => editor }));

const { getSqlite } = await import("@/db/client");
const { getStaffEvent } = await import("@/db/queries/staff-events");
const collection = await import("./route");
const single = await import("./[id]/route");

const sqlite = getSqlite();
sqlite.prepare("INSERT INTO users (email, name, password_hash, role, created_at, updated_at) VALUES ('fuzz@example.test', 'Fuzz', 'x', 'editor', 0, 0)").run();
editor.id = sqlite.prepare("SELECT id FROM users WHERE email = 'fuzz@example.test'").pluck().get() as number;
const one = (sql: string) => sqlite.prepare(sql).pluck().get() as number;
const state = () => ({ events: one("SELECT count(*) FROM events"), audit: one("SELECT count(*) FROM audit_log"), version: one("SELECT version FROM data_version") });

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const form = {
  kind: "meeting", titleJa: "", titleEn: "API Fuzz Meeting", sector: "economy", countryCode: "TH",
  startDate: "2023-09-05", startTime: "10:00", endDate: "2023-09-05", endTime: "12:00", timeZone: "Asia/Bangkok", publish: true,
};

const sameOrigin = { origin: ORIGIN, "x-requested-with": "fetch" };

/** JSON of any generated value (bigints as strings); undefined for what JSON cannot hold. */
const toJson = (value: unknown): string | undefined => JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));

/** Any generated value as query-string text: String() where it works, else its JSON (objects without a prototype). */
function queryText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return toJson(value) ?? "";
  }
}

/** A JSON body, or raw text that is not quite one. */
const body = fc.oneof(
  fc.string({ maxLength: 40 }).map((titleEn) => JSON.stringify({ ...form, titleEn })),
  mutatedRecord(form).map((o) => toJson(o)!),
  fc.oneof(hostileValue, unknownFields).map((v) => toJson(v) ?? "null"),
  fc.constantFrom("", "{", "[]", "null", "1", '"x"', '{"__proto__":{"admin":true}}', "{}".padEnd(200_000, " ")),
  hugeString,
);
const contentType = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "");

async function expectClearAnswer(res: Response): Promise<Record<string, unknown>> {
  expect(res.status).toBeLessThan(500);
  const json = (await res.json()) as Record<string, unknown>;
  if (res.status >= 400) {
    expect(typeof json.error).toBe("string");
    expect(String(json.message).trim()).not.toBe("");
  }
  return json;
}

describe("staff events API under hostile requests", () => {
  it("POST: never 5xx; refused requests write nothing; created events are valid rows", async () => {
    let created = 0;
    await fc.assert(
      fc.asyncProperty(body, contentType, async (text, type) => {
        const before = state();
        const res = await collection.POST(new Request(`${ORIGIN}/api/staff/events`, { method: "POST", headers: { ...sameOrigin, "content-type": type }, body: text }));
        const json = await expectClearAnswer(res);
        if (res.status === 201) {
          created += 1;
          const id = (json.event as { id: number }).id;
          expect(storedEventProblems(getStaffEvent(id)!)).toEqual([]);
          expect(state()).toEqual({ events: before.events + 1, audit: before.audit + 1, version: before.version + 1 });
        } else {
          expect(state()).toEqual(before);
        }
      }),
      FUZZ_RUNS,
    );
    expect(created).toBeGreaterThan(0);
  });

  it("PATCH and DELETE: hostile ids, versions and bodies never 5xx and never half-write", async () => {
    const created = await collection.POST(new Request(`${ORIGIN}/api/staff/events`, { method: "POST", headers: { ...sameOrigin, "content-type": "application/json" }, body: JSON.stringify(form) }));
    const target = ((await created.json()) as { event: { id: number } }).event.id;
    const id = fc.oneof(fc.constant(String(target)), fc.constantFrom("0", "-1", "1e3", "abc", "99999999999999999999", "1.5", "%00", ""));
    const patch = fc.oneof(
      // A well-formed edit from the current version (filled in below): these must succeed or be clear no-ops.
      fc.string({ maxLength: 40 }).map((titleEn) => ({ version: "current", titleEn }) as Record<string, unknown>),
      mutatedRecord({ ...form, version: 1 }).map((o) => ({ ...o, version: o.version })),
      fc.record({ version: fc.oneof(fc.integer({ min: -5, max: 5 }), hostileValue), titleEn: fc.oneof(fc.string(), hostileValue) }, { requiredKeys: [] }),
    );
    let saved = 0;
    await fc.assert(
      fc.asyncProperty(id, patch, fc.boolean(), async (rawId, payload, remove) => {
        const before = state();
        const row = getStaffEvent(target)!;
        const params = { params: Promise.resolve({ id: rawId }) };
        if (payload.version === "current") payload.version = row.version;
        const res = remove
          ? await single.DELETE(new Request(`${ORIGIN}/api/staff/events/${rawId}?${new URLSearchParams({ version: queryText(payload.version) })}`, { method: "DELETE", headers: sameOrigin }), params)
          : await single.PATCH(
              new Request(`${ORIGIN}/api/staff/events/${rawId}`, { method: "PATCH", headers: { ...sameOrigin, "content-type": "application/json" }, body: toJson(payload) }),
              params,
            );
        const json = await expectClearAnswer(res);
        const after = getStaffEvent(target)!;
        if (res.status === 200 && (json.changed !== false || remove)) {
          saved += 1;
          expect(after.version).toBe(row.version + 1);
          expect(storedEventProblems(after)).toEqual([]);
          expect(state().audit).toBe(before.audit + 1);
        } else {
          expect(after).toEqual(row);
          expect(state()).toEqual(before);
        }
        // Bring a deleted target back for the next run (test set-up, not the code under test).
        if (after.deletedAt) sqlite.prepare("UPDATE events SET deleted_at = NULL WHERE id = ?").run(target);
      }),
      // Pinned: a version object without a prototype once broke this test's own query building (String() threw).
      { ...FUZZ_RUNS, examples: [[String(target), { version: Object.create(null) as object }, true]] },
    );
    expect(saved).toBeGreaterThan(0);
  });

  it("refuses an unpaired surrogate sent as JSON with a field-level 422, and stores nothing", async () => {
    const before = state();
    // JSON.stringify writes "\\ud800", which JSON.parse turns back into the lone surrogate.
    for (const field of ["titleEn", "descriptionJa", "venueEn", "staffNote"]) {
      const res = await collection.POST(
        new Request(`${ORIGIN}/api/staff/events`, { method: "POST", headers: { ...sameOrigin, "content-type": "application/json" }, body: JSON.stringify({ ...form, [field]: "Summit \ud800" }) }),
      );
      expect(res.status, field).toBe(422);
      expect(((await res.json()) as { fieldErrors: Record<string, { code: string }[]> }).fieldErrors[field]).toMatchObject([{ code: "editor.errors.unpairedSurrogate" }]);
    }
    expect(state()).toEqual(before);
  });

  it("refuses cross-site and header-less mutations with 403 and writes nothing", async () => {
    const before = state();
    const attempts: Record<string, string>[] = [{}, { origin: "https://evil.example" }, { origin: ORIGIN }, { "x-requested-with": "fetch" }, { ...sameOrigin, "sec-fetch-site": "cross-site" }];
    for (const headers of attempts) {
      const res = await collection.POST(new Request(`${ORIGIN}/api/staff/events`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(form) }));
      expect(res.status).toBe(403);
      await expectClearAnswer(res);
    }
    expect(state()).toEqual(before);
  });
});
