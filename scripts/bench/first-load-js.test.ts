import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstLoadJsOf, firstLoadScripts, inlineScriptCode, measureFirstLoadJs, signedKb } from "./first-load-js";

/** The shape of a Next.js App Router page: async scripts, a low-priority preload, a nomodule polyfill, the RSC payload. */
const PAGE = `<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>
<link rel="preload" as="font" href="/_next/static/media/font.woff2"/>
<link rel="modulepreload" href="/_next/static/chunks/module.js">
<script src="/_next/static/chunks/main.js" async=""></script>
<script src='/_next/static/chunks/app.js?v=1&amp;x=2' async></script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
<title>Schedule</title></head><body><p>Hello</p>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"2:\\"/_next/static/chunks/client-component.js\\"\\n3:I[123,[\\"$2\\"],\\"default\\"]\\n"])</script>
<script>self.__next_f.push([1,"4:I[456,[\\"/_next/static/chunks/main.js\\"],\\"default\\"]\\n"])</script>
<script type="application/ld+json">{"url":"/_next/static/chunks/not-loaded.js"}</script>
<script src="/_next/static/chunks/webpack.js" async=""></script>
</body></html>`;

describe("firstLoadScripts", () => {
  it("lists script sources, script preloads and the RSC payload's chunks once each, without nomodule scripts", () => {
    expect(firstLoadScripts(PAGE)).toEqual([
      "/_next/static/chunks/main.js",
      "/_next/static/chunks/app.js?v=1&x=2",
      "/_next/static/chunks/client-component.js",
      "/_next/static/chunks/webpack.js",
      "/_next/static/chunks/module.js",
    ]);
  });

  it("finds nothing in a page without scripts", () => {
    expect(firstLoadScripts("<!DOCTYPE html><html><head><link rel=stylesheet href=/a.css></head><body><p>x</p></body></html>")).toEqual([]);
  });
});

describe("inlineScriptCode", () => {
  it("is the code written inline, not the RSC payload nor data blocks", () => {
    expect(inlineScriptCode(PAGE)).toBe("");
    const own = `<script id="public-page-script">enhance()</script><script type="module">m()</script>`;
    expect(inlineScriptCode(PAGE.replace("</body>", `${own}</body>`))).toBe("enhance()\nm()");
  });

  it("counts in a page's first-load JavaScript", async () => {
    const measured = await firstLoadJsOf("http://127.0.0.1:9", "/page", "<html><body><script>enhance()</script></body></html>");
    expect(measured.scripts).toEqual([{ url: "(inline)", gzipBytes: zlib.gzipSync("enhance()").length }]);
    expect(measured.gzipBytes).toBe(zlib.gzipSync("enhance()").length);
  });
});

describe("signedKb", () => {
  it("signs a difference either way", () => {
    expect(signedKb(1234)).toBe("+1.2 kB");
    expect(signedKb(-134_200)).toBe("\u2212134.2 kB");
  });
});

describe("measureFirstLoadJs", () => {
  const bodies: Record<string, string> = {
    "/_next/static/chunks/main.js": "console.log('main');".repeat(200),
    "/_next/static/chunks/app.js": "export const app = 1;",
    "/_next/static/chunks/client-component.js": "function Client() { return null }".repeat(50),
    "/_next/static/chunks/webpack.js": "self.webpack = [];",
    "/_next/static/chunks/module.js": "export {};",
  };
  let server: http.Server;
  let baseUrl: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const path = new URL(req.url!, "http://x").pathname;
      if (path === "/page") return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
      if (path === "/missing") return res.writeHead(404, { "content-type": "text/html" }).end("<p>Not found</p>");
      if (path in bodies) return res.writeHead(200, { "content-type": "text/javascript" }).end(bodies[path]);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sums the gzip sizes of every script the page loads", async () => {
    const measured = await measureFirstLoadJs(baseUrl, "/page");
    const expected = Object.values(bodies).reduce((sum, body) => sum + zlib.gzipSync(body).length, 0);
    expect(measured.scripts).toHaveLength(5);
    expect(measured.gzipBytes).toBe(expected);
  });

  it("refuses a page that is not there: its figure would be another page's", async () => {
    await expect(measureFirstLoadJs(baseUrl, "/missing")).rejects.toThrow("GET /missing: 404");
  });

  it("fails when a script the page names is missing", async () => {
    delete bodies["/_next/static/chunks/module.js"];
    await expect(measureFirstLoadJs(baseUrl, "/page")).rejects.toThrow("/_next/static/chunks/module.js (loaded by /page): 404");
  });
});
