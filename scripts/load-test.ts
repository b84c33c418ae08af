/**
 * npm run test:load — load and soak: public reads at high concurrency while staff save edits.
 *
 * Starts the production server on a fresh test database; for `--duration` seconds autocannon
 * sends mixed public reads (schedule pages, event pages, feeds, conditional feed polls) over
 * `--connections` connections while `--editors` signed-in staff sessions save edits through the
 * JSON API concurrently. Then asserts: 0 failed requests, 0 5xx, no SQLITE_BUSY in the server's
 * output or responses, every acknowledged edit present in the database afterwards; prints p99.
 *
 *   npm run test:load -- [--duration 60] [--connections 100] [--editors 4]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { z } from "zod";
import { SEED_EVENTS } from "@/db/seed/seed";
import { startAppServer } from "./lib/app-server";
import { cliOptions } from "./lib/cli-args";
import { createEvent, editLoop, newEditLog } from "./lib/edit-stream";
import { freshDatabase } from "@/db/testing/fresh-database";
import { createStaffAccounts } from "./lib/staff-accounts";
import { signInStaff } from "./lib/staff-client";
import { verifyAcknowledgedEdits } from "./lib/verify-edits";

const usage = "Usage: npm run test:load -- [--duration 60] [--connections 100] [--editors 4]";
const options = cliOptions(
  {
    duration: z.coerce.number().int().min(1).max(3600).default(60),
    connections: z.coerce.number().int().min(1).max(2000).default(100),
    editors: z.coerce.number().int().min(1).max(50).default(4),
  },
  usage,
);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]) : 0;
};

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "load-test-"));
  const databaseFile = path.join(dir, "load.db");
  const problems: string[] = [];
  try {
    freshDatabase(databaseFile);
    const accounts = await createStaffAccounts(databaseFile, options.editors, "load-editor");
    const server = await startAppServer({ databaseFile });
    const log = newEditLog();
    let result: autocannon.Result;
    try {
      const clients = await Promise.all(accounts.map((a) => signInStaff(server.url, a.email, a.password)));
      const own: { id: number; version: number }[] = [];
      for (const [i, client] of clients.entries()) {
        const created = await createEvent(client, `load editor ${i + 1} event`, log);
        if (!created) throw new Error(`Could not create an event: ${log.failures.at(-1)}`);
        own.push(created);
      }
      const feed = await fetch(`${server.url}/feeds/all.ics`);
      const etag = feed.headers.get("etag") ?? '"none"';
      await feed.arrayBuffer();
      const slugs = SEED_EVENTS.slice(0, 6).map((e) => e.slug);
      // Each connection cycles through this mix; conditional polls get 304 until an edit lands, then 200.
      const requests: autocannon.Request[] = [
        { method: "GET", path: "/ja" },
        { method: "GET", path: "/feeds/all.ics", headers: { "if-none-match": etag } },
        { method: "GET", path: `/ja/events/${slugs[0]}` },
        { method: "GET", path: "/feeds/all.ics" },
        { method: "GET", path: "/en" },
        { method: "GET", path: "/feeds/special.ics?lang=en", headers: { "if-none-match": etag } },
        { method: "GET", path: `/en/events/${slugs[1]}` },
        { method: "GET", path: "/feeds/youth.ics" },
        { method: "GET", path: "/ja/youth-program" },
        { method: "GET", path: "/feeds/all.ics", headers: { "if-none-match": etag } },
        { method: "GET", path: "/ja?sector=economy" },
        { method: "GET", path: `/feeds/country/${SEED_EVENTS[2].host}.ics` },
      ];
      console.log(`load test: ${options.duration} s, ${options.connections} connections of public reads, ${options.editors} editors saving`);
      let stopped = false;
      const loops = clients.map((client, i) => editLoop(client, own[i], { label: `load editor ${i + 1}`, stop: () => stopped, log, createEvery: 10 }));
      result = await autocannon({ url: server.url, connections: options.connections, duration: options.duration, requests, timeout: 30 });
      stopped = true;
      await Promise.all(loops);
    } finally {
      await server.stop();
    }

    const codes = result.statusCodeStats ?? {};
    const byStatus = Object.entries(codes).map(([s, v]) => `${s}: ${v?.count ?? 0}`).join(", ");
    const bad = Object.entries(codes).filter(([s]) => !(s.startsWith("2") || s === "304")).reduce((n, [, v]) => n + (v?.count ?? 0), 0);
    const fiveXx = Object.entries(codes).filter(([s]) => s.startsWith("5")).reduce((n, [, v]) => n + (v?.count ?? 0), 0);
    const failedReads = result.errors + result.timeouts + bad;
    const editFailures = log.failures.length + log.networkErrors;
    const busy = /SQLITE_BUSY|database is locked/i.test(server.output()) || log.failures.some((f) => /SQLITE_BUSY|locked/i.test(f));
    const verify = verifyAcknowledgedEdits(databaseFile, log.acked);

    console.log(`\npublic reads: ${result.requests.total} requests, ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms (${byStatus})`);
    console.log(`staff edits:  ${log.acked.length} acknowledged, p50 ${percentile(log.latenciesMs, 50)} ms, p99 ${percentile(log.latenciesMs, 99)} ms, ${editFailures} failed`);
    console.log(`server peak RSS: ${Math.round(server.peakRss() / 1e6)} MB`);

    if (failedReads > 0) problems.push(`${failedReads} failed public requests (errors ${result.errors}, timeouts ${result.timeouts}, bad statuses ${bad})`);
    if (fiveXx > 0) problems.push(`${fiveXx} 5xx responses to public reads`);
    if (editFailures > 0) problems.push(`${editFailures} failed staff edits: ${[...log.failures].slice(0, 5).join(" | ")}`);
    if (busy) problems.push("SQLITE_BUSY surfaced (server output or a response)");
    if (log.acked.length < options.editors * 2) problems.push(`only ${log.acked.length} edits acknowledged: the editors were starved`);
    problems.push(...verify);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (problems.length > 0) {
    console.error(`\nFAIL:\n${problems.join("\n")}`);
    process.exitCode = 1;
  } else {
    console.log("\nPASS: 0 failed requests, 0 5xx, no SQLITE_BUSY, every acknowledged edit present.");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
