import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileValue, unicodeString } from "@/lib/testing/hostile-input";
import { isNextAuthCallbackUrl, isSameOriginPath, safeCallbackPath, sameOriginRedirect } from "./callback-url";

/** How a browser on https://site.example resolves a Location header value. */
function staysOnSite(location: string): boolean {
  return new URL(location, "https://site.example/en/sign-in").origin === "https://site.example" && !/^\/[/\\]/.test(location);
}

describe("safeCallbackPath", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/en/staff/events?page=2", "en")).toBe("/en/staff/events?page=2");
    expect(safeCallbackPath("/en/staff/./events/../users#top", "en")).toBe("/en/staff/users#top");
  });

  it("refuses other origins, protocol-relative and backslash tricks, and loops", () => {
    for (const bad of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "/ja/sign-in?x=1", "/api/auth/signout", "", null]) {
      expect(safeCallbackPath(bad, "ja")).toBe("/ja/staff");
    }
  });

  it("refuses inputs that only become protocol-relative once dot segments are removed", () => {
    for (const bad of ["/.//evil.example/phish", "/..//evil.example", "/%2e//evil.example", "/%2E%2E//evil.example", "/./\\evil.example", "/x/..//evil.example", "/\t/evil.example", "/.\n//evil.example"]) {
      expect(safeCallbackPath(bad, "en"), JSON.stringify(bad)).toBe("/en/staff");
    }
  });

  it("never returns a path that leaves the site (fuzzed with path tricks and hostile strings)", () => {
    const piece = fc.constantFrom("", ".", "..", "%2e", "%2E%2e", "/", "//", "\\", "%5c", "%2f", "\t", "\n", " ", "evil.example", "@", ":", "?", "#", "en", "staff", "sign-in", "api");
    const pathLike = fc.array(piece, { maxLength: 8 }).map((parts) => `/${parts.join("")}`);
    const input = fc.oneof(pathLike, unicodeString.map((s) => `/${s}`), hostileValue.filter((v): v is string => typeof v === "string"));
    fc.assert(
      fc.property(input, fc.constantFrom("ja", "en"), (value, locale) => {
        const result = safeCallbackPath(value, locale);
        expect(staysOnSite(result), `${JSON.stringify(value)} → ${JSON.stringify(result)}`).toBe(true);
        expect(isSameOriginPath(result)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("sameOriginRedirect (next-auth's redirect callback)", () => {
  const base = "https://site.example";
  it("keeps addresses on the site and sends everything else, unreadable ones included, to the site's root", () => {
    expect(sameOriginRedirect("/en/staff", base)).toBe("https://site.example/en/staff");
    expect(sameOriginRedirect("https://site.example/en/staff?x=1", base)).toBe("https://site.example/en/staff?x=1");
    for (const url of ["https://evil.example/", "//evil.example", "/\\evil.example", "http://site.example/", "javascript:alert(1)"]) expect(sameOriginRedirect(url, base), url).toBe(base);
    for (const url of ["Asia/Tokyo", "", "%ZZ", "http://[::1"]) expect(new URL(sameOriginRedirect(url, base)).origin, url).toBe(base);
    expect(sameOriginRedirect("x", "not a base")).toBe("not a base");
  });
});

describe("isNextAuthCallbackUrl", () => {
  it("accepts what next-auth accepts (http(s) URLs and paths) and nothing it would answer with a 500", () => {
    for (const url of ["/en/staff", "https://site.example/x", "http://other.example"]) expect(isNextAuthCallbackUrl(url, "https://site.example"), url).toBe(true);
    for (const url of ["%", "Asia/Tokyo", "", "javascript:alert(1)", "ftp://x.example", "http://[::1"]) expect(isNextAuthCallbackUrl(url, "https://site.example"), url).toBe(false);
  });
});
