import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { FUZZ_RUNS, invalidDates, invalidTimes, invalidZones, unicodeString } from "@/lib/testing/hostile-input";
import { ministryCalendar } from "@/lib/testing/ministry-calendar";
import { createDefaults, readImportFile } from "./import-file";
import { planImport, type ImportLookup } from "./import-plan";

/**
 * Hostile files: any bytes, any CSV cells, any calendar lines are read and planned without
 * throwing; what cannot be imported is a problem with a code (a message in both languages).
 */
const options = { icsLanguage: "ja", kind: "meeting", sector: "economy", host: "JP" } as const;
const empty: ImportLookup = { byId: () => undefined, byUid: () => undefined, bySlug: () => undefined, parentProblem: () => "editor.errors.parentNotFound", programProblem: () => "editor.errors.programNotFound", slugLocked: () => false };

function readAndPlan(bytes: Uint8Array, name: string): void {
  const read = readImportFile(bytes, name, options, "Asia/Tokyo");
  if (!read.ok) {
    expect(read.problem.code).toMatch(/^(import|editor)\.errors\./);
    return;
  }
  const plan = planImport(read.rows, empty, createDefaults(read.format, options, "Asia/Tokyo"));
  expect(plan.rows.length).toBe(read.rows.length);
  for (const row of plan.rows) {
    for (const list of Object.values(row.problems)) for (const p of list ?? []) expect(p.code).toMatch(/^(import|editor)\.errors\./);
    if (row.outcome === "create") expect(row.input).not.toBeNull();
  }
}

const HEADER = "名称（日本語）,Title (English),種別,分野,開催地,開始日,開始時刻,終了日,終了時刻,タイムゾーン,終日,ID,スラッグ,UID";
const cell = fc.oneof(unicodeString, invalidDates, invalidTimes, invalidZones, fc.constantFrom("", "=1+1", "'=x", "\"", "\"\"", ",", "\r\n", "TRUE", "タイ", "meeting", "2023/10/7", "9:00", "1", "-1", "99999999999999999999"));
const csvRow = fc.array(cell, { maxLength: 16 }).map((cells) => cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","));

describe("imports of hostile files", () => {
  it("any bytes, under any name: read or refused with a code, never thrown", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), fc.constantFrom("x.csv", "x.ics", "x.txt", "x", "x.xlsx"), (bytes, name) => readAndPlan(bytes, name)),
      FUZZ_RUNS,
    );
  });

  it("any cells under the template's headers, in UTF-8 or Shift_JIS: every row planned, problems with codes", () => {
    fc.assert(
      fc.property(fc.array(csvRow, { minLength: 1, maxLength: 8 }), fc.boolean(), (rows, sjis) => {
        const text = [HEADER, ...rows].join("\r\n");
        const bytes = sjis ? new Uint8Array(iconv.encode(text, "cp932")) : new TextEncoder().encode(text);
        readAndPlan(bytes, "x.csv");
      }),
      FUZZ_RUNS,
    );
  });

  it("a calendar with lines changed, dropped or added: read or refused, never thrown", () => {
    const lines = ministryCalendar().split("\r\n");
    const edit = fc.tuple(fc.nat({ max: lines.length - 1 }), fc.oneof(fc.constant(null), unicodeString, fc.constantFrom("RRULE:FREQ=DAILY", "DTSTART;TZID=Nowhere/Zone:20231301T250000", "DTEND:20230101", "DURATION:P-1D", "BEGIN:VEVENT", "END:VCALENDAR", "UID:")));
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), (edits) => {
        const copy = [...lines];
        for (const [at, replacement] of edits) copy.splice(at, 1, ...(replacement === null ? [] : [replacement]));
        readAndPlan(new TextEncoder().encode(copy.join("\r\n")), "x.ics");
      }),
      FUZZ_RUNS,
    );
  });
});
