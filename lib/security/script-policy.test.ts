import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPolicy, inlineScriptHashes, noncePolicy, withHashPolicy } from "./script-policy";

const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

describe("script policies", () => {
  const html = `<html><head><script src="/_next/static/a.js" async=""></script><script id="_R_">self.a=1</script></head>
<body><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"x"])</script><script>self.a=1</script></body></html>`;

  it("lists the hash of every inline script once, and none for scripts loaded from a file", () => {
    expect(inlineScriptHashes(html)).toEqual([sha("self.a=1"), sha("(self.__next_f=self.__next_f||[]).push([0])"), sha('self.__next_f.push([1,"x"])')]);
    expect(hashPolicy(html)).toBe(`script-src 'self' ${inlineScriptHashes(html).join(" ")}`);
    expect(hashPolicy("<p>no scripts</p>")).toBe("script-src 'self'");
  });

  it("adds the hash policy to a rendered page on its way into the page cache, and leaves anything else alone", () => {
    const page = { kind: "APP_PAGE", html, headers: { "x-next-cache-tags": "t" } };
    withHashPolicy(page);
    expect(page.headers).toEqual({ "x-next-cache-tags": "t", "content-security-policy": hashPolicy(html) });
    const other = { kind: "APP_ROUTE", body: "x" };
    withHashPolicy(other);
    expect(other).toEqual({ kind: "APP_ROUTE", body: "x" });
    expect(() => withHashPolicy(null)).not.toThrow();
  });

  it("gives a page rendered per request the whole site policy, with the nonce instead of 'unsafe-inline'", () => {
    const policy = noncePolicy("abc123");
    expect(policy.split("; ").find((d) => d.startsWith("script-src"))).toBe("script-src 'self' 'nonce-abc123'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain(":");
  });
});
