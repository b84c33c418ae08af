import fs from "node:fs";
import path from "node:path";
import type { ImportTiming } from "./import-timing";
import type { Measurement } from "./measure";

export type SizeResult = {
  size: string;
  events: number;
  /** Synthetic staff edits in the audit log: the changelog's history. */
  auditEntries: number;
  /** Size of the default feed (/feeds/all.ics: at most the 5,000 latest-starting events). */
  feedBytes: number;
  /** First request of the default feed on a fresh server: query + generation + response (uncompressed). */
  coldFeedMs: number;
  /** The first request of the default feed after a data change (cache miss on a warm server; uncompressed). */
  regeneratedFeedMs: number;
  /** Size of the full feed (every event, /feeds/all.ics?range=all): the stress case. */
  fullFeedBytes: number;
  /** First request of the full feed: generated in the thread serving requests (uncompressed). */
  fullFeedMs: number;
  /** The cached full feed once more, asking for gzip as calendar apps do: Next.js compresses every such response anew. */
  gzipFeedMs: number;
  /** The full feed generated directly in this process (plain Node). */
  directBuildFeedMs: number | null;
  /** Peak RSS once the feed was generated twice, before any load. */
  rssAfterGenerationMb: number;
  /** Peak RSS over the whole size run (all measurements). */
  peakRssMb: number;
  /** Seconds until a staff edit showed through the proxy, and the max-age it must stay within. */
  proxyFreshness: { seconds: number; maxAgeSeconds: number } | null;
  /** A 5,000-row spreadsheet previewed and applied in plain Node, on a copy of this size's database (not with `--only changes`). */
  importTiming?: ImportTiming;
  measurements: (Measurement & { ratio: number | null })[];
};

export type Check = { size: string; what: string; value: string; target: string; ok: boolean };

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : " ".repeat(n - s.length) + s);

/** The one table the bench prints: req/s, p50, p99, errors and the ratio to nginx static. */
export function formatTable(results: SizeResult[]): string {
  const lines = [
    `${pad("size", 8)} ${pad("measurement", 30)} ${lpad("req/s", 9)} ${lpad("p50 ms", 7)} ${lpad("p99 ms", 7)} ${lpad("errors", 6)} ${lpad("bytes", 10)} ${lpad("ratio", 7)}`,
  ];
  for (const r of results) {
    for (const m of r.measurements) {
      lines.push(
        `${pad(r.size, 8)} ${pad(`${m.target} ${m.name}`, 30)} ${lpad(m.requestsPerSecond.toFixed(1), 9)} ${lpad(String(m.p50Ms), 7)} ${lpad(String(m.p99Ms), 7)} ${lpad(String(m.errors), 6)} ${lpad(String(m.bytesPerResponse), 10)} ${lpad(m.ratio === null ? "" : `${(m.ratio * 100).toFixed(1)}%`, 7)}`,
      );
    }
    const direct = r.directBuildFeedMs === null ? "n/a" : `${r.directBuildFeedMs} ms`;
    const fresh = r.proxyFreshness ? `${r.proxyFreshness.seconds.toFixed(1)} s (max-age ${r.proxyFreshness.maxAgeSeconds} s)` : "n/a";
    lines.push(
      ...(r.importTiming ? [`${pad(r.size, 8)} import of ${r.importTiming.rows} rows (${(r.importTiming.bytes / 1e6).toFixed(2)} MB Shift_JIS): preview ${r.importTiming.previewMs} ms + apply ${r.importTiming.applyMs} ms = ${r.importTiming.totalMs} ms (CPU ${r.importTiming.cpuMs} ms)`] : []),
      `${pad(r.size, 8)} events ${r.events}, audit entries ${r.auditEntries}, default feed ${(r.feedBytes / 1e6).toFixed(2)} MB generated: first request ${r.coldFeedMs} ms, after a change ${r.regeneratedFeedMs} ms; full feed ${(r.fullFeedBytes / 1e6).toFixed(2)} MB in ${r.fullFeedMs} ms (plain Node ${direct}, a cached one gzipped ${r.gzipFeedMs} ms); peak RSS ${r.peakRssMb} MB (${r.rssAfterGenerationMb} MB before load), edit visible via proxy in ${fresh}`,
    );
  }
  return lines.join("\n");
}

export function formatChecks(checks: Check[]): string {
  return checks.map((c) => `${c.ok ? "PASS" : "FAIL"}  ${pad(c.size, 8)} ${pad(c.what, 44)} ${lpad(c.value, 12)}  target ${c.target}`).join("\n");
}

export function writeResults(file: string, data: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(data, null, 2)}\n`);
  fs.renameSync(`${file}.tmp`, file);
}
