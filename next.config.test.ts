import { createRequire } from "node:module";
import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";

const nextConfig = createRequire(import.meta.url)("./next.config.js") as NextConfig;

describe("next.config.js headers", () => {
  it("every response gets the security headers, and no header value holds a colon", async () => {
    const rules = await nextConfig.headers!();
    const everyPath = rules.find((rule) => rule.source === "/:path*");
    expect(everyPath?.headers.map((h) => h.key)).toContain("Content-Security-Policy");
    // Next treats a value with ":" as a pattern with parameters and compiles it with
    // path-to-regexp on every request the rule matches (resolve-routes.js, compileNonPath).
    for (const rule of rules) for (const header of rule.headers) expect(header.value, header.key).not.toContain(":");
  });
});

describe("next.config.js page ETags", () => {
  it("are off: Next would hash every page's whole HTML on every response (see the comment there)", () => {
    expect(nextConfig.generateEtags).toBe(false);
  });
});
