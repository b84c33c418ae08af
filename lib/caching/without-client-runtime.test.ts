import { describe, expect, it } from "vitest";
import { hashPolicy } from "@/lib/security/script-policy";
import { htmlWithoutClientRuntime, PUBLIC_PAGE_SCRIPT_ID, withoutClientRuntime } from "./without-client-runtime";

// The shape of a page Next renders: async chunks and preloads in the head, the RSC payload inline.
const nextScripts =
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>' +
  '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>' +
  '<link rel="preload" as="font" href="/f.woff2"/>' +
  '<script src="/_next/static/chunks/c.js" async=""></script><script src="/_next/static/chunks/p.js" noModule=""></script><script type="module">m()</script>';
const payload = '<script>self.__next_f.push([1,"0:{\\u003c/script\\u003e}"])</script><script id="_R_">x()</script>';
const own = `<script id="${PUBLIC_PAGE_SCRIPT_ID}">enhance()</script><script type="application/ld+json">{"@type":"Event"}</script>`;
const page = (body: string) => `<!DOCTYPE html><html><head>${nextScripts}<title>t</title></head><body><main><p>Reading</p>${body}</main>${payload}</body></html>`;

describe("htmlWithoutClientRuntime", () => {
  it("takes Next's scripts and script preloads out of a public page, keeping its own script, its structured data, styles and other preloads", () => {
    const html = htmlWithoutClientRuntime(page(own));
    expect(html).toBe(
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><link rel="preload" as="font" href="/f.woff2"/>' +
        `<title>t</title></head><body><main><p>Reading</p>${own}</main></body></html>`,
    );
    // The page's script policy then lists its own script and its data block (which never runs).
    expect(hashPolicy(html).split(" ")).toHaveLength(4);
  });

  it("leaves a page without the public script as Next wrote it (staff, sign-in, 404)", () => {
    expect(htmlWithoutClientRuntime(page(""))).toBe(page(""));
  });

  it("changes only rendered pages on their way into the cache", () => {
    const entry = { kind: "APP_PAGE", html: page(own), rscData: Buffer.from("rsc") };
    withoutClientRuntime(entry);
    expect(entry.html).not.toContain("__next_f");
    expect(entry.rscData.toString()).toBe("rsc");
    const route = { kind: "APP_ROUTE", body: page(own) };
    withoutClientRuntime(route);
    expect(route.body).toBe(page(own));
  });
});
