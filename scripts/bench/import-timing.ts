import fs from "node:fs";
import iconv from "iconv-lite";
import { openDatabase } from "@/db/open-database";
import { applyImport, previewImport } from "@/db/queries/import-batches";
import { users } from "@/db/schema";
import { removeDatabase } from "@/db/testing/fresh-database";
import { syntheticEvents } from "@/db/testing/synthetic-events";
import { instantToLocal } from "@/lib/time/zones";

/** Rows of the import measured by `npm run bench` (issue 20: preview and apply within 3 s together). */
export const IMPORT_BENCH_ROWS = 5000;

/** Wall-clock times (the target), and the CPU time the process spent, which a busy machine does not inflate. */
export type ImportTiming = { rows: number; bytes: number; previewMs: number; applyMs: number; totalMs: number; cpuMs: number };

const slashDate = (date: string) => date.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, "$1/$2/$3");
const shortTime = (time: string) => time.replace(/^0(\d)/, "$1");

/**
 * A ministry's spreadsheet of `count` new events as Japanese Excel saves it: Shift_JIS, CRLF, dates
 * as 2023/1/5 and times as 9:00 (synthetic events: every kind, sector and host, all-day and timed).
 */
export function ministrySpreadsheet(count: number): Buffer {
  const header = ["名称（日本語）", "名称（英語）", "種別", "分野", "開催地", "都市（英語）", "開始日", "開始時刻", "終了日", "終了時刻", "説明（日本語）"];
  const lines = [header.join(",")];
  for (const e of syntheticEvents(count)) {
    const start = e.startAt ? instantToLocal(e.startAt, e.timeZone) : { date: e.startDate, time: "" };
    const end = e.endAt ? instantToLocal(e.endAt, e.timeZone) : { date: e.endDate, time: "" };
    const cells = [`${e.titleJa}（取込）`, `${e.titleEn} (imported)`, e.kind, e.sector, e.countryCode ?? "JP", e.cityEn ?? "", slashDate(start.date), shortTime(start.time), slashDate(end.date), shortTime(end.time), e.descriptionJa ?? ""];
    lines.push(cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","));
  }
  return iconv.encode(`${lines.join("\r\n")}\r\n`, "cp932");
}

/**
 * Previews and applies a 5,000-row import in this process (plain Node), on a copy of the benchmark
 * database, as the import page does: decode, read, plan against the stored events, keep the
 * preview; then re-plan and write every row with its audit entry in one transaction.
 */
export function measureImport(databaseFile: string, rows = IMPORT_BENCH_ROWS): ImportTiming {
  const copy = `${databaseFile}.import.db`;
  removeDatabase(copy);
  fs.copyFileSync(databaseFile, copy);
  const { db, sqlite } = openDatabase(copy);
  try {
    const now = new Date();
    const userId = db.insert(users).values({ email: "bench-import@example.test", passwordHash: "x", role: "editor", createdAt: now, updatedAt: now }).returning().get().id;
    const bytes = ministrySpreadsheet(rows);
    const settings = { icsLanguage: "ja" as const, kind: "meeting", sector: "foreign-affairs", host: "JP", siteZone: "Asia/Tokyo" } as const;
    const cpu = process.cpuUsage();
    const started = performance.now();
    const preview = previewImport({ bytes: new Uint8Array(bytes), name: "bench.csv" }, settings as never, { userId }, db);
    const previewed = performance.now();
    if (!preview.ok || preview.batchId === null || preview.plan.counts.create !== rows) throw new Error(`The benchmark import did not preview as ${rows} new events: ${JSON.stringify(preview.ok ? preview.plan.counts : preview.problem)}`);
    const applied = applyImport(preview.batchId, { publish: false }, { userId }, db);
    const done = performance.now();
    const used = process.cpuUsage(cpu);
    if (!applied.ok || applied.batch.created !== rows) throw new Error(`The benchmark import did not apply: ${JSON.stringify(applied)}`);
    return { rows, bytes: bytes.byteLength, previewMs: Math.round(previewed - started), applyMs: Math.round(done - previewed), totalMs: Math.round(done - started), cpuMs: Math.round((used.user + used.system) / 1000) };
  } finally {
    sqlite.close();
    removeDatabase(copy);
  }
}
