import fs from "node:fs";
import path from "node:path";
import { SEED_EVENTS } from "@/db/seed/seed";
import { startAppServer } from "../lib/app-server";
import { freshDatabase } from "../lib/fresh-database";
import { firstLoadJsOf, measureFirstLoadJs, type FirstLoadJs } from "./first-load-js";
import { runLighthouse, type LighthouseScore } from "./lighthouse";

/**
 * The baseline, what any page of this build ships for Next.js and React: the root not-found page
 * (app/not-found.tsx) as the build prerendered it, the app's one page outside app/[locale] and so
 * with none of the app's client components. (Served over HTTP, every unknown path renders through
 * app/[locale] — "api", "x.html" are locale candidates too — and names that layout's chunks.)
 */
const EMPTY_PAGE = { path: "/_not-found", file: path.join(".next", "server", "app", "_not-found.html") };

/** A timed event: its page has the row with the reader's own time. */
const EVENT_PATH = `/ja/events/${SEED_EVENTS[0].slug}`;

/** The public pages, each within the empty page + FIRST_LOAD_JS_BUDGET (scripts/bench/targets.ts); three also get Lighthouse. */
export const PUBLIC_PAGES = [
  { name: "schedule (ja)", path: "/ja", lighthouse: true },
  { name: "schedule (en)", path: "/en", lighthouse: false },
  { name: "filtered schedule", path: "/en?sector=summit", lighthouse: false },
  { name: "event", path: EVENT_PATH, lighthouse: true },
  { name: "youth program", path: "/ja/youth-program", lighthouse: false },
  { name: "feeds", path: "/ja/feeds", lighthouse: true },
];

const LIGHTHOUSE_PAGES = PUBLIC_PAGES.filter((p) => p.lighthouse);

export type PagesResult = {
  emptyPage: FirstLoadJs;
  firstLoadJs: (FirstLoadJs & { name: string })[];
  /** Empty when Lighthouse was not run (--lighthouse 0). */
  lighthouse: LighthouseScore[];
};

/** First-load JavaScript of every public page and Lighthouse on three, against one production server on the seeded data. */
export async function runPages(options: { dir: string; lighthouseRuns: number; log: (line: string) => void }): Promise<PagesResult> {
  const { log } = options;
  const databaseFile = path.join(options.dir, "bench-pages.db");
  freshDatabase(databaseFile);
  log("[pages] starting the production server on the seeded data…");
  const server = await startAppServer({ databaseFile });
  try {
    const emptyPage = await firstLoadJsOf(server.url, EMPTY_PAGE.path, fs.readFileSync(EMPTY_PAGE.file, "utf8"));
    const firstLoadJs = [];
    for (const page of PUBLIC_PAGES) firstLoadJs.push({ name: page.name, ...(await measureFirstLoadJs(server.url, page.path)) });
    let lighthouse: LighthouseScore[] = [];
    if (options.lighthouseRuns > 0) {
      log(`[pages] Lighthouse (mobile), ${options.lighthouseRuns} run(s) each: ${LIGHTHOUSE_PAGES.map((p) => p.path).join(", ")}…`);
      lighthouse = await runLighthouse(server.url, LIGHTHOUSE_PAGES, options.lighthouseRuns);
    }
    return { emptyPage, firstLoadJs, lighthouse };
  } finally {
    await server.stop();
  }
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

/** The first-load JavaScript table and the Lighthouse table. */
export function formatPages(pages: PagesResult): string {
  const lines = [`${pad("page", 20)} ${pad("path", 44)} ${lpad("first-load JS (gzip)", 20)} ${lpad("over empty page", 16)}`];
  lines.push(`${pad("empty page", 20)} ${pad(pages.emptyPage.path, 44)} ${lpad(kB(pages.emptyPage.gzipBytes), 20)} ${lpad("", 16)}`);
  for (const p of pages.firstLoadJs) {
    lines.push(`${pad(p.name, 20)} ${pad(p.path, 44)} ${lpad(kB(p.gzipBytes), 20)} ${lpad(`+${kB(p.gzipBytes - pages.emptyPage.gzipBytes)}`, 16)}`);
  }
  if (pages.lighthouse.length > 0) {
    lines.push("", `${pad("Lighthouse (mobile)", 20)} ${pad("path", 44)} ${lpad("perf", 5)} ${lpad("SEO", 5)} ${lpad("FCP ms", 7)} ${lpad("LCP ms", 7)} ${lpad("TBT ms", 7)} ${lpad("CLS", 6)} ${lpad("SI ms", 7)}`);
    for (const l of pages.lighthouse) {
      lines.push(`${pad(l.name, 20)} ${pad(l.path, 44)} ${lpad(String(l.performance), 5)} ${lpad(String(l.seo), 5)} ${lpad(String(l.fcpMs), 7)} ${lpad(String(l.lcpMs), 7)} ${lpad(String(l.tbtMs), 7)} ${lpad(l.cls.toFixed(3), 6)} ${lpad(String(l.speedIndexMs), 7)}`);
    }
  }
  return lines.join("\n");
}
