import fs from "node:fs";
import path from "node:path";
import { SEED_EVENTS } from "@/db/seed/seed";
import { startAppServer } from "../lib/app-server";
import { freshDatabase } from "@/db/testing/fresh-database";
import { firstLoadJsOf, formatKb, measureFirstLoadJs, signedKb, type FirstLoadJs } from "./first-load-js";
import { runLighthouse, type LighthouseScore } from "./lighthouse";

/**
 * The baseline, what any page of this build ships for Next.js and React: the root not-found page
 * (app/not-found.tsx) as the build prerendered it, the app's one page outside app/[locale] and so
 * with none of the app's client components. (Served over HTTP, every unknown path renders through
 * app/[locale] — "api", "x.html" are locale candidates too — and names that layout's chunks.)
 */
const EMPTY_PAGE = { path: "/_not-found", file: path.join(".next", "server", "app", "_not-found.html") };

/** A timed event: its page has the row with the reader's own time, a client component. */
const EVENT_PATH = `/ja/events/${SEED_EVENTS.find((e) => "allDay" in e.time && !e.time.allDay)!.slug}`;

/** The public pages, each within the empty page + FIRST_LOAD_JS_BUDGET (scripts/bench/targets.ts); some also get Lighthouse. */
const PUBLIC_PAGES = [
  { name: "schedule (ja)", path: "/ja", lighthouse: true },
  { name: "schedule (en)", path: "/en", lighthouse: false },
  { name: "filtered schedule", path: "/en?sector=summit", lighthouse: false },
  { name: "event", path: EVENT_PATH, lighthouse: true },
  { name: "youth program", path: "/ja/youth-program", lighthouse: false },
  { name: "feeds", path: "/ja/feeds", lighthouse: true },
  { name: "calendar (ja)", path: "/ja/calendar/2023-11", lighthouse: true },
  { name: "calendar filtered", path: "/en/calendar/2023-10?sector=tourism", lighthouse: false },
  { name: "year (en)", path: "/en/year", lighthouse: true },
  { name: "year by host", path: "/ja/year?rows=host", lighthouse: false },
  { name: "country", path: "/en/countries/jp", lighthouse: true },
  { name: "country agenda", path: "/ja/countries/jp/agenda", lighthouse: false },
];

const LIGHTHOUSE_PAGES = PUBLIC_PAGES.filter((p) => p.lighthouse);

export type PagesResult = {
  emptyPage: FirstLoadJs;
  firstLoadJs: (FirstLoadJs & { name: string })[];
  /** Empty when Lighthouse was not run (--lighthouse 0). */
  lighthouse: LighthouseScore[];
};

/** First-load JavaScript of every public page and Lighthouse on some, against one production server on the seeded data. */
export async function runPages(options: { dir: string; lighthouseRuns: number; log: (line: string) => void }): Promise<PagesResult> {
  const { log } = options;
  const databaseFile = path.join(options.dir, "bench-pages.db");
  freshDatabase(databaseFile);
  log("[pages] starting the production server on the seeded data…");
  const server = await startAppServer({ databaseFile });
  try {
    if (!fs.existsSync(EMPTY_PAGE.file)) throw new Error(`${EMPTY_PAGE.file} is missing: this build did not prerender the root not-found page, the empty page of the comparison`);
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

/** One table line: each cell padded to its width, left-aligned, or right-aligned for a negative width. */
const line = (...cells: [string | number, number][]) => cells.map(([text, width]) => (width < 0 ? String(text).padStart(-width) : String(text).padEnd(width))).join(" ");

/** The first-load JavaScript table and the Lighthouse table. */
export function formatPages(pages: PagesResult): string {
  const empty = pages.emptyPage.gzipBytes;
  const lines = [
    line(["page", 20], ["path", 52], ["first-load JS (gzip)", -20], ["over empty page", -16]),
    line(["empty page", 20], [pages.emptyPage.path, 52], [formatKb(empty), -20]),
    ...pages.firstLoadJs.map((p) => line([p.name, 20], [p.path, 52], [formatKb(p.gzipBytes), -20], [signedKb(p.gzipBytes - empty), -16])),
  ];
  if (pages.lighthouse.length > 0) {
    lines.push("", line(["Lighthouse (mobile)", 20], ["path", 52], ["perf", -5], ["SEO", -5], ["FCP ms", -7], ["LCP ms", -7], ["TBT ms", -7], ["CLS", -6], ["SI ms", -7]));
    for (const l of pages.lighthouse) {
      lines.push(line([l.name, 20], [l.path, 52], [l.performance, -5], [l.seo, -5], [l.fcpMs, -7], [l.lcpMs, -7], [l.tbtMs, -7], [l.cls.toFixed(3), -6], [l.speedIndexMs, -7]));
    }
  }
  return lines.join("\n");
}
