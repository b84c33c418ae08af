import { describe, expect, it } from "vitest";
import type { LighthouseScore } from "./lighthouse";
import type { PagesResult } from "./pages";
import { checkPageTargets } from "./targets";

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
