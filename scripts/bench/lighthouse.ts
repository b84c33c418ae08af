import fs from "node:fs";
import { launch } from "chrome-launcher";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";

export type LighthouseScore = {
  name: string;
  path: string;
  /** Category scores, 0–100, of the median run (Lighthouse's own choice: closest to the median FCP and TTI). */
  performance: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  runs: number;
};

/** Debian's Chromium, as the e2e tests use it; CHROME_PATH overrides. */
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  // Nothing may leave the machine: every host name but the loopback address fails to resolve.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

/**
 * Lighthouse's default (mobile) preset — emulated phone, simulated slow 4G and 4x CPU slowdown —
 * for the performance and SEO categories, `runs` times per page, in one headless Chromium.
 * Simulated throttling scales the CPU time observed on this machine: run it on an idle one.
 */
export async function runLighthouse(baseUrl: string, pages: { name: string; path: string }[], runs: number): Promise<LighthouseScore[]> {
  if (!fs.existsSync(CHROME_PATH)) throw new Error(`No Chromium at ${CHROME_PATH}: install Debian's chromium or set CHROME_PATH`);
  // Loaded by Node itself: compiled by tsx, Lighthouse's page functions would call tsx's helpers in the browser.
  const { default: lighthouse } = await import("lighthouse");
  const chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: "error" });
  try {
    const scores: LighthouseScore[] = [];
    for (const { name, path } of pages) {
      const results = [];
      // A busy machine sometimes loses a trace (NO_NAVSTART, NO_FCP): such a run is repeated, up to `runs` times.
      for (let attempts = 0; results.length < runs; attempts++) {
        const result = await lighthouse(new URL(path, baseUrl).href, { port: chrome.port, logLevel: "error", onlyCategories: ["performance", "seo"] });
        const lhr = result?.lhr;
        if (lhr && !lhr.runtimeError) results.push(lhr);
        else if (attempts >= 2 * runs) throw new Error(`Lighthouse ${path}: ${lhr?.runtimeError?.message ?? "no result"}`);
      }
      const median = computeMedianRun(results);
      const metric = (id: string) => Math.round((median.audits[id]?.numericValue ?? NaN) * 1000) / 1000;
      scores.push({
        name,
        path,
        performance: Math.round((median.categories.performance?.score ?? 0) * 100),
        seo: Math.round((median.categories.seo?.score ?? 0) * 100),
        fcpMs: Math.round(metric("first-contentful-paint")),
        lcpMs: Math.round(metric("largest-contentful-paint")),
        tbtMs: Math.round(metric("total-blocking-time")),
        cls: metric("cumulative-layout-shift"),
        speedIndexMs: Math.round(metric("speed-index")),
        runs,
      });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}
