import { formatKb } from "./first-load-js";
import type { PagesResult } from "./pages";
import type { Check, SizeResult } from "./report";

/** Previewing and applying a 5,000-row spreadsheet, together (issue 20). */
const IMPORT_LIMIT_MS = 3000;

/** The targets (docs/BENCHMARKS.md), evaluated on one run's results. */
export function checkTargets(results: SizeResult[]): Check[] {
  const checks: Check[] = [];
  for (const r of results) {
    const seeded = r.size === "seeded";
    const find = (target: string, name: string) => r.measurements.find((m) => m.target === target && m.name === name);
    const ratio = (target: string, name: string, min: number, what: string) => {
      const m = find(target, name);
      if (m) checks.push({ size: r.size, what, value: m.ratio === null ? "n/a" : `${(m.ratio * 100).toFixed(1)}%`, target: `>= ${min * 100}%`, ok: (m.ratio ?? 0) >= min });
    };
    ratio("app", "feed 200", 0.05, "app feed 200 / nginx static");
    ratio("app", "feed 304", 0.04, "app feed 304 / nginx static");
    ratio("nginx-proxy", "feed 200", 0.6, "proxy feed 200 / nginx static");
    ratio("nginx-proxy", "feed 304", 0.6, "proxy feed 304 / nginx static");
    const pageLimit = seeded ? 100 : 300;
    for (const name of ["schedule page", "event page", "calendar page", "year page", "changes page", "changes page filtered", "changes atom 200", "changes atom filtered", "api events", "api changes"]) {
      for (const target of ["app", "nginx-proxy"]) {
        const m = find(target, name);
        if (m) checks.push({ size: r.size, what: `${target} ${name} p99`, value: `${m.p99Ms} ms`, target: `<= ${pageLimit} ms`, ok: m.p99Ms <= pageLimit });
      }
    }
    if (r.importTiming) checks.push({ size: r.size, what: `import of ${r.importTiming.rows} rows (preview + apply)`, value: `${r.importTiming.totalMs} ms`, target: `<= ${IMPORT_LIMIT_MS} ms`, ok: r.importTiming.totalMs <= IMPORT_LIMIT_MS });
    const generation = Math.max(r.coldFeedMs, r.regeneratedFeedMs);
    checks.push({ size: r.size, what: "default feed generated (slower of cold/changed)", value: `${generation} ms`, target: "<= 5000 ms", ok: generation <= 5000 });
    checks.push({ size: r.size, what: "server peak RSS", value: `${r.peakRssMb} MB`, target: "<= 500 MB", ok: r.peakRssMb <= 500 });
    const silent = r.measurements.filter((m) => m.requests === 0).map((m) => `${m.target} ${m.name}`);
    checks.push({ size: r.size, what: "responses completed in every measurement", value: silent.length ? `none: ${silent.join(", ")}` : "yes", target: "yes", ok: silent.length === 0 });
    const errors = r.measurements.reduce((n, m) => n + m.errors, 0);
    checks.push({ size: r.size, what: "failed or unexpected responses", value: String(errors), target: "0", ok: errors === 0 });
    if (r.proxyFreshness) {
      const f = r.proxyFreshness;
      // max-age, then one background refresh (stale-while-revalidate): allow 2 s for it.
      checks.push({ size: r.size, what: "staff edit visible through the proxy", value: `${f.seconds.toFixed(1)} s`, target: `<= max-age ${f.maxAgeSeconds} s + 2 s`, ok: f.seconds <= f.maxAgeSeconds + 2 });
    }
  }
  return checks;
}

/** A public page may ship at most this much more JavaScript (gzip) than the empty page (issue 14). */
const FIRST_LOAD_JS_BUDGET = 30_000;
/** Lighthouse performance score (mobile), each page, on an idle machine. */
const LIGHTHOUSE_MIN_PERFORMANCE = 95;
/** Lighthouse SEO score, each page (issue 19: hreflang, canonical and the rest all pass). */
const LIGHTHOUSE_SEO = 100;

/** The page targets of issues 14 and 19: first-load JavaScript over the empty page, Lighthouse performance and SEO. */
export function checkPageTargets(pages: PagesResult): Check[] {
  const limit = pages.emptyPage.gzipBytes + FIRST_LOAD_JS_BUDGET;
  return [
    ...pages.firstLoadJs.map((p) => ({ size: "pages", what: `first-load JS ${p.name}`, value: formatKb(p.gzipBytes), target: `<= ${formatKb(limit)} (empty + ${formatKb(FIRST_LOAD_JS_BUDGET)})`, ok: p.gzipBytes <= limit })),
    ...pages.lighthouse.map((l) => ({ size: "pages", what: `Lighthouse performance ${l.name}`, value: String(l.performance), target: `>= ${LIGHTHOUSE_MIN_PERFORMANCE}`, ok: l.performance >= LIGHTHOUSE_MIN_PERFORMANCE })),
    ...pages.lighthouse.map((l) => ({ size: "pages", what: `Lighthouse SEO ${l.name}`, value: String(l.seo), target: `= ${LIGHTHOUSE_SEO}`, ok: l.seo >= LIGHTHOUSE_SEO })),
  ];
}
