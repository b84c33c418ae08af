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

describe("next.config.js session pages", () => {
  it("staff and sign-in pages, and only they, are kept from search engines and from cross-origin openers", async () => {
    const rules = await nextConfig.headers!();
    const keysOf = (source: string) => rules.filter((rule) => rule.source === source).flatMap((rule) => rule.headers.map((h) => h.key));
    for (const source of ["/:locale/staff", "/:locale/staff/:path*", "/:locale/sign-in", "/:locale/sign-out"]) {
      expect(keysOf(source), source).toEqual(["X-Robots-Tag", "Cross-Origin-Opener-Policy"]);
    }
    expect(keysOf("/:path*")).not.toContain("Cross-Origin-Opener-Policy");
  });
});

describe("next.config.js page ETags", () => {
  it("are off: Next would hash every page's whole HTML on every response (see the comment there)", () => {
    expect(nextConfig.generateEtags).toBe(false);
  });
});
