import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { cancelReasonOfOneLanguage } from "@/lib/events/cancel-reason";
import { openDatabase } from "./open-database";
import { listEventAudit } from "./queries/audit";
import { releaseDatabase } from "./testing/release-database";

/**
 * drizzle/0008 sorts each events.cancel_reason typed before into the Japanese or the English column, keeping every
 * reason typed before: each goes to the column of its language (cancelReasonOfOneLanguage), and
 * audit snapshots of that time read the same way.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cancel-reason-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// With the edges of the ranges: a compatibility ideograph (U+F900) is Japanese, a Yi syllable (U+A000) is not.
const REASONS = ["台風のため中止", "Typhoon: venue closed", "Postponed (延期)", "ｶﾝｾﾙ", "「会場変更」", "café closed", "", "\uF900の件", "\uA000"];

describe("the bilingual cancel reason migration", () => {
  const file = path.join(dir, "release.db");
  releaseDatabase(file);
  const raw = new Database(file);
  const ids = (raw.prepare("SELECT id FROM events ORDER BY id LIMIT ?").all(REASONS.length) as { id: number }[]).map((r) => r.id);
  REASONS.forEach((reason, i) => raw.prepare("UPDATE events SET status = 'cancelled', cancel_reason = ? WHERE id = ?").run(reason, ids[i]));
  raw
    .prepare("INSERT INTO audit_log (at, action, entity_type, entity_id, before, after, detail) VALUES (?, 'event.cancel', 'event', ?, ?, ?, '')")
    .run(Date.now(), ids[1], JSON.stringify({ version: 1, status: "published", cancelReason: "" }), JSON.stringify({ version: 2, status: "cancelled", cancelReason: "Typhoon: venue closed" }));
  raw.close();
  const { sqlite, db } = openDatabase(file);
  afterAll(() => sqlite.close());

  it("keeps every reason, in the column of the language it was typed in", () => {
    const rows = sqlite.prepare(`SELECT cancel_reason AS ja, cancel_reason_en AS en FROM events WHERE id IN (${ids.join(",")}) ORDER BY id`).all();
    expect(rows).toEqual([
      { ja: "台風のため中止", en: "" },
      { ja: "", en: "Typhoon: venue closed" },
      { ja: "Postponed (延期)", en: "" },
      { ja: "ｶﾝｾﾙ", en: "" },
      { ja: "「会場変更」", en: "" },
      { ja: "", en: "café closed" },
      { ja: "", en: "" },
      { ja: "\uF900の件", en: "" },
      { ja: "", en: "\uA000" },
    ]);
    expect(rows).toEqual(REASONS.map((r) => cancelReasonOfOneLanguage(r)).map((c) => ({ ja: c.cancelReason, en: c.cancelReasonEn })));
  });

  it("sorts any text as the migration's GLOB does", () => {
    const glob = sqlite.prepare("SELECT ? NOT GLOB ? AS english");
    // drizzle/0008's pattern, with its characters written out.
    const pattern = "*[\u3000-\u303F\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F]*";
    fc.assert(
      // Any text a reason could hold: validation has always refused NUL (where SQLite's GLOB stops) and lone surrogates.
      fc.property(fc.string({ unit: "binary", minLength: 1, maxLength: 12 }).filter((t) => !t.includes("\u0000") && t.isWellFormed()), (text) => {
        const english = (glob.get(text, pattern) as { english: number }).english === 1;
        expect(cancelReasonOfOneLanguage(text).cancelReasonEn === text, JSON.stringify(text)).toBe(english);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads old audit snapshots with the two columns", () => {
    const entry = listEventAudit(ids[1], {}, db).rows.find((e) => e.action === "event.cancel")!;
    expect(entry.after).toMatchObject({ cancelReason: "", cancelReasonEn: "Typhoon: venue closed" });
  });
});
