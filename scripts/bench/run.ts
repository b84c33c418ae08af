/**
 * npm run bench — measures the production server against nginx on this machine.
 *
 * For each size (the seeded data, then 10,000 and 100,000 synthetic events) it creates a separate
 * benchmark database, starts `next start` on a free port, times generating the full feed
 * (/feeds/all.ics?range=all), and with autocannon measures the default
 * /feeds/all.ics (200 and 304), the schedule page and an event page; nginx serves the identical
 * feed bytes as static files (the physical-limit reference) and, through deploy/nginx.conf, acts
 * as the caching proxy in front of the app. Prints one table and the targets, writes JSON under
 * bench/results/. Needs `npm run build` first and nginx (/usr/sbin/nginx).
 * First, on the seeded data, the public pages' first-load JavaScript and Lighthouse (scripts/bench/pages.ts);
 * `--only pages` measures just those, `--lighthouse 0` skips Lighthouse. Each size's database also holds
 * synthetic staff edits (5 per event, at most 50,000), and the public changelog and its Atom feed are
 * measured with the other lines; `--only changes` measures just those, on the app alone.
 *
 *   npm run bench -- [--duration 10] [--warmup 2] [--connections 50] [--sizes seeded,10000,100000] [--freshness first|none] [--lighthouse 3] [--only pages|changes] [--out file.json]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { requireProductionBuild } from "../lib/app-server";
import { cliOptions } from "../lib/cli-args";
import { requireNginx } from "../lib/nginx";
import { formatPages, runPages, type PagesResult } from "./pages";
import { formatChecks, formatTable, writeResults, type SizeResult } from "./report";
import { runSize } from "./run-size";
import { measureSignInTiming, signInTimingCheck } from "./sign-in-timing";
import { checkPageTargets, checkTargets } from "./targets";

const usage = "Usage: npm run bench -- [--duration 10] [--warmup 2] [--connections 50] [--sizes seeded,10000,100000] [--freshness first|none] [--lighthouse 3] [--only pages|changes] [--out bench/results/<file>.json]";
const size = z.union([z.literal("seeded"), z.string().regex(/^\d+$/, "a number of events or \"seeded\"").transform(Number).pipe(z.number().int().min(1).max(1_000_000))]);
const options = cliOptions(
  {
    duration: z.coerce.number().int().min(1).max(600).default(10),
    connections: z.coerce.number().int().min(1).max(1000).default(50),
    warmup: z.coerce.number().int().min(0).max(60).default(2),
    sizes: z
      .string()
      .default("seeded,10000,100000")
      .transform((s) => s.split(",").map((x) => x.trim()))
      .pipe(z.array(size).min(1)),
    out: z.string().optional(),
    // "first": check that a staff edit shows through the proxy within max-age, at the first size (up to max-age + 60 s).
    freshness: z.enum(["first", "none"]).default("first"),
    // Lighthouse runs per page (the median run counts); 0 skips Lighthouse.
    lighthouse: z.coerce.number().int().min(0).max(9).default(3),
    // "pages": only first-load JavaScript and Lighthouse, no load or feed measurements;
    // "changes": only the changelog's page and Atom lines, on the app alone, at each size.
    only: z.enum(["pages", "changes"]).optional(),
  },
  usage,
);

requireProductionBuild();
if (!options.only) requireNginx();
const withPages = options.only !== "changes";
const withSizes = options.only !== "pages";

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-"));
  const log = (line: string) => console.log(line);
  const results: SizeResult[] = [];
  let pages: PagesResult | null = null;
  try {
    // First, while the machine is quiet: Lighthouse's simulated throttling scales observed CPU time.
    if (withPages) pages = await runPages({ dir, lighthouseRuns: options.lighthouse, log });
    for (const [i, s] of (withSizes ? options.sizes : []).entries()) {
      results.push(await runSize({ ...options, dir, size: s, log, freshness: !options.only && options.freshness === "first" && i === 0, changesOnly: options.only === "changes" }));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const signIn = options.only ? [] : [signInTimingCheck(await measureSignInTiming())];
  const checks = [...(pages ? checkPageTargets(pages) : []), ...checkTargets(results), ...signIn];
  const sections = [withSizes ? formatTable(results) : "", pages ? formatPages(pages) : "", formatChecks(checks)].filter((x) => x !== "");
  console.log(`\n${sections.join("\n\n")}`);
  const out = options.out ?? path.join("bench", "results", `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeResults(out, {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 1e9), node: process.version },
    options: { duration: options.duration, warmup: options.warmup, connections: options.connections, sizes: withSizes ? options.sizes : [], lighthouseRuns: options.lighthouse },
    pages,
    results,
    checks,
  });
  console.log(`\nWritten to ${out}`);
  process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
