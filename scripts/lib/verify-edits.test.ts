import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/open-database";
import { createEvent, updateEvent } from "@/db/queries/staff-events";
import { eventInputSchema } from "@/lib/validation/event-input";
import type { AckedEdit } from "./edit-stream";
import { freshDatabase } from "@/db/testing/fresh-database";
import { createStaffAccounts } from "./staff-accounts";
import { verifyAcknowledgedEdits } from "./verify-edits";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "verify-edits-"));
const file = path.join(dir, "app.db");
let created: AckedEdit;
let renamed: AckedEdit;

const form = {
  kind: "event", titleEn: "Verify me", sector: "culture", countryCode: "TH",
  startDate: "2023-11-20", startTime: "10:00", endDate: "2023-11-20", endTime: "12:00", timeZone: "Asia/Bangkok",
};

beforeAll(async () => {
  freshDatabase(file);
  await createStaffAccounts(file, 1, "verify");
  const { db, sqlite } = openDatabase(file);
  const actor = { userId: 1 };
  const a = createEvent(eventInputSchema.parse(form), { publish: true, actor }, db);
  if (!a.ok) throw new Error("create failed");
  created = { kind: "create", id: a.event.id, version: a.event.version, marker: "Verify me", uid: a.event.uid };
  const b = updateEvent({ id: a.event.id, version: a.event.version, input: eventInputSchema.parse({ ...form, titleEn: "Renamed" }) }, actor, db);
  if (!b.ok) throw new Error("update failed");
  renamed = { kind: "update", id: a.event.id, version: b.event.version, marker: "Renamed" };
  sqlite.close();
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("verifyAcknowledgedEdits (used by the crash and load tests)", () => {
  it("accepts a database that holds every acknowledged edit", () => {
    expect(verifyAcknowledgedEdits(file, [created, renamed])).toEqual([]);
  });

  it("reports a missing event, a wrong UID, a version never written, and a lost last edit", () => {
    expect(verifyAcknowledgedEdits(file, [{ ...created, id: 999_999 }])).toEqual(["event 999999: acknowledged but missing"]);
    expect(verifyAcknowledgedEdits(file, [{ ...created, uid: "other@x" }])[0]).toMatch(/UID/);
    expect(verifyAcknowledgedEdits(file, [created, renamed, { ...renamed, version: renamed.version + 1, marker: "Lost" }])).toEqual([
      `event ${created.id}: acknowledged version ${renamed.version + 1} ("Lost") not in the audit log`,
      `event ${created.id}: at version ${renamed.version}, acknowledged ${renamed.version + 1}`,
    ]);
    expect(verifyAcknowledgedEdits(file, [{ ...renamed, marker: "Other title" }])).toContain(`event ${created.id}: title "Renamed", acknowledged "Other title"`);
  });

  it("reports a corrupt file", () => {
    const bad = path.join(dir, "bad.db");
    fs.copyFileSync(file, bad);
    const fd = fs.openSync(bad, "r+");
    fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 4);
    fs.closeSync(fd);
    expect(() => verifyAcknowledgedEdits(bad, [created])).toSatisfy((run: () => string[]) => {
      try {
        return run().some((p) => p.startsWith("integrity_check"));
      } catch {
        return true; // So corrupt that it cannot even be opened: also a detected failure.
      }
    });
  });
});
