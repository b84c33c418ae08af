import { describe, expect, it } from "vitest";
import type { LighthouseScore } from "./lighthouse";
import type { PagesResult } from "./pages";
import type { SizeResult } from "./report";
import { checkPageTargets, checkTargets } from "./targets";

const page = (name: string, gzipBytes: number) => ({ name, path: `/${name}`, gzipBytes, scripts: [] });
const lighthouse = (name: string, performance: number, seo = 100): LighthouseScore => ({ name, path: `/${name}`, performance, seo, fcpMs: 800, lcpMs: 1200, tbtMs: 100, cls: 0, speedIndexMs: 800, runs: 3 });

describe("checkPageTargets", () => {
  it("allows each public page 30 kB of JavaScript over the empty page, and asks Lighthouse for 95 and an SEO score of 100", () => {
    const pages: PagesResult = {
      emptyPage: { path: "/_not-found", gzipBytes: 135_000, scripts: [] },
      firstLoadJs: [page("schedule", 165_000), page("event", 165_001)],
      lighthouse: [lighthouse("schedule", 95), lighthouse("event", 94, 92)],
    };
    expect(checkPageTargets(pages).map((c) => [c.what, c.ok])).toEqual([
      ["first-load JS schedule", true],
      ["first-load JS event", false],
      ["Lighthouse performance schedule", true],
      ["Lighthouse performance event", false],
      ["Lighthouse SEO schedule", true],
      ["Lighthouse SEO event", false],
    ]);
  });
});

describe("checkTargets", () => {
  const measurement = (name: string, p99Ms: number) => ({ name, target: "app" as const, url: "", expectedStatus: 200, requestsPerSecond: 1000, p50Ms: 5, p99Ms, requests: 100, errors: 0, bytesPerResponse: 1, ratio: null });
  const size = (label: string, apiP99: number, importMs: number): SizeResult => ({
    size: label, events: 1, auditEntries: 1, feedBytes: 1, coldFeedMs: 1, regeneratedFeedMs: 1, fullFeedBytes: 1, fullFeedMs: 1, gzipFeedMs: 1, directBuildFeedMs: 1, rssAfterGenerationMb: 100, peakRssMb: 100, proxyFreshness: null,
    importTiming: { rows: 5000, bytes: 1, previewMs: importMs / 2, applyMs: importMs / 2, totalMs: importMs, cpuMs: importMs },
    measurements: [measurement("api events", apiP99)],
  });

  it("holds the public API to the page targets (100 ms seeded, 300 ms larger) and a 5,000-row import to 3 s", () => {
    const pick = (checks: ReturnType<typeof checkTargets>) => checks.filter((c) => /api events|import/.test(c.what)).map((c) => [c.size, c.what, c.ok]);
    expect(pick(checkTargets([size("seeded", 100, 3000), size("10000", 301, 3001)]))).toEqual([
      ["seeded", "app api events p99", true],
      ["seeded", "import of 5000 rows (preview + apply)", true],
      ["10000", "app api events p99", false],
      ["10000", "import of 5000 rows (preview + apply)", false],
    ]);
  });
});
