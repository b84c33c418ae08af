import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FUZZ_RUNS, controlString, unicodeString } from "@/lib/testing/hostile-input";
import { storedEventProblems } from "@/lib/testing/stored-event-problems";
import { eventInputSchema, type EventInput } from "@/lib/validation/event-input";
import { openDatabase } from "../open-database";
import { seedDatabase, SEED_EVENTS } from "../seed/seed";
import { createEvent, getStaffEvent, updateEvent } from "./staff-events";

/**
 * createEvent/updateEvent with every kind of input the schema lets through (and stale versions,
 * taken slugs, missing or circular parents, unknown programs): a refused write changes nothing
 * at all (rows, audit log, data version); an accepted one leaves a valid row, one audit entry
 * and one data-version bump.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "staff-events-fuzz-"));
const conn = openDatabase(path.join(dir, "fuzz.db"));
const { db, sqlite } = conn;
const actor = { userId: 0 };
let target: number;

const one = (sql: string) => sqlite.prepare(sql).pluck().get() as number;
const state = () => ({ events: one("SELECT count(*) FROM events"), audit: one("SELECT count(*) FROM audit_log"), version: one("SELECT version FROM data_version") });

const base = {
  kind: "meeting", titleJa: "", titleEn: "Fuzz Ministers' Meeting", sector: "economy", countryCode: "TH",
  startDate: "2023-09-05", startTime: "10:00", endDate: "2023-09-05", endTime: "12:00", timeZone: "Asia/Bangkok",
};

beforeAll(() => {
  seedDatabase(db);
  sqlite.prepare("INSERT INTO users (email, name, password_hash, role, created_at, updated_at) VALUES ('fuzz@example.test', 'Fuzz', 'x', 'editor', 0, 0)").run();
  actor.userId = one("SELECT id FROM users WHERE email = 'fuzz@example.test'");
  const made = createEvent(eventInputSchema.parse(base), { publish: true, actor }, db);
  if (!made.ok) throw new Error("setup");
  target = made.event.id;
});

afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Form values that often pass the schema, with the relations and slugs the database must check. */
const formValues = fc.record({
  kind: fc.constantFrom("meeting", "event", "program"),
  titleEn: fc.oneof(fc.constant("Fuzz title"), unicodeString, controlString),
  titleJa: fc.oneof(fc.constant(""), unicodeString),
  slug: fc.oneof(fc.constant(""), fc.constantFrom(...SEED_EVENTS.slice(0, 3).map((e) => e.slug)), fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/)),
  allDay: fc.boolean(),
  startDate: fc.constantFrom("2023-01-01", "2023-03-12", "2023-12-31", "2024-02-29"),
  endDate: fc.constantFrom("2023-01-01", "2023-03-12", "2023-12-31", "2024-02-29"),
  startTime: fc.constantFrom("00:00", "09:30", "23:59", ""),
  endTime: fc.constantFrom("00:00", "10:00", "23:59", ""),
  timeZone: fc.constantFrom("Asia/Tokyo", "Asia/Kolkata", "America/New_York", "Europe/London", "Pacific/Chatham"),
  parentId: fc.oneof(fc.constant(""), fc.constantFrom("1", "2", "999999"), fc.constant("self")),
  programId: fc.constantFrom("", "1", "424242"),
  sourceUrl: fc.constantFrom("", "https://www.mofa.go.jp/", "javascript:alert(1)"),
});

function parsed(values: Record<string, unknown>, self: number): EventInput | null {
  const result = eventInputSchema.safeParse({ ...base, ...values, parentId: values.parentId === "self" ? String(self) : values.parentId });
  return result.success ? result.data : null;
}

describe("staff event writes under fuzzed input", () => {
  it("createEvent: refused writes change nothing; accepted ones leave one valid row, one audit entry, one bump", () => {
    let accepted = 0;
    fc.assert(
      fc.property(formValues, fc.boolean(), (values, publish) => {
        const input = parsed(values, target);
        fc.pre(input !== null);
        const before = state();
        const result = createEvent(input!, { publish, actor }, db);
        const after = state();
        if (!result.ok) {
          expect(after).toEqual(before);
          expect(result.code).toBe("invalid");
          return;
        }
        accepted += 1;
        expect(after).toEqual({ events: before.events + 1, audit: before.audit + 1, version: before.version + 1 });
        expect(storedEventProblems(getStaffEvent(result.event.id, db)!)).toEqual([]);
      }),
      { ...FUZZ_RUNS, numRuns: 150 },
    );
    expect(accepted).toBeGreaterThan(10);
  });

  it("updateEvent: stale versions and invalid relations write nothing; accepted edits bump the version by one", () => {
    fc.assert(
      fc.property(formValues, fc.integer({ min: -2, max: 1 }), (values, versionOffset) => {
        const input = parsed(values, target);
        fc.pre(input !== null);
        const current = getStaffEvent(target, db)!;
        const before = state();
        const result = updateEvent({ id: target, version: Math.max(1, current.version + versionOffset), input: input! }, actor, db);
        const after = state();
        const row = getStaffEvent(target, db)!;
        if (!result.ok || !result.changed) {
          expect(after).toEqual(before);
          expect(row).toEqual(current);
          return;
        }
        expect(versionOffset === 0 || current.version + versionOffset < 1).toBe(true);
        expect(row.version).toBe(current.version + 1);
        expect(after).toEqual({ events: before.events, audit: before.audit + 1, version: before.version + 1 });
        expect(storedEventProblems(row)).toEqual([]);
      }),
      { ...FUZZ_RUNS, numRuns: 150 },
    );
  });
});
