/**
 * deploy/nginx.conf at work: the production proxy config (templated as the bench runs it) in front
 * of a stand-in app that records what reaches it. Checks what the config promises subscribers and
 * staff: one cached copy per content coding, polls answered from the cache, Next.js's page
 * variants kept apart, nothing signed-in or staff stored. Skipped where nginx is not installed
 * (.ci/run installs it).
 */
import fs from "node:fs";
import http from "node:http";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freePort } from "../lib/free-port";
import { makeNginxDir, NGINX, type NginxProcess } from "../lib/nginx";
import { startBenchNginx } from "./nginx-config";

type Seen = { url: string; acceptEncoding: string | undefined; rsc: string | undefined };
const FEED_ETAG = '"feed-v1"';
// Next.js's Vary on every App Router response, feeds included (what the app really sends).
const APP_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

/** Answers like the app: feeds public for 300 s with an ETag, public pages s-maxage, staff pages private; gzip when asked. */
function standInApp(seen: Seen[]): http.Server {
  return http.createServer((req, res) => {
    const acceptEncoding = req.headers["accept-encoding"];
    const url = req.url ?? "/";
    seen.push({ url, acceptEncoding, rsc: req.headers.rsc as string | undefined });
    let body: string;
    const headers: Record<string, string> = { Vary: APP_VARY };
    if (url.startsWith("/feeds/")) {
      if (req.headers["if-none-match"] === FEED_ETAG) return void res.writeHead(304, { ETag: FEED_ETAG, "Cache-Control": "public, max-age=300" }).end();
      Object.assign(headers, { "Content-Type": "text/calendar; charset=utf-8", ETag: FEED_ETAG, "Cache-Control": "public, max-age=300" });
      body = `BEGIN:VCALENDAR\r\nX-SERVED-FOR:${url}\r\nEND:VCALENDAR\r\n`;
    } else if (url.includes("/staff")) {
      Object.assign(headers, { "Content-Type": "text/html", "Cache-Control": "private, no-store" });
      body = `staff page ${seen.length}`;
    } else {
      Object.assign(headers, { "Content-Type": req.headers.rsc ? "text/x-component" : "text/html", "Cache-Control": "s-maxage=60" });
      body = req.headers.rsc ? "rsc payload" : "<html>page</html>";
    }
    const bytes = acceptEncoding === "gzip" ? zlib.gzipSync(body) : Buffer.from(body);
    if (acceptEncoding === "gzip") headers["Content-Encoding"] = "gzip";
    res.writeHead(200, { ...headers, "Content-Length": String(bytes.length) }).end(bytes);
  });
}

/**
 * GET through the proxy, the body decoded as a client would. node:http, not fetch: fetch always
 * sends an Accept-Encoding of its own, and these tests need requests without one.
 */
async function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    http.get(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c)).on("end", () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(raw).toString() : raw.toString();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    }).on("error", reject);
  });
}

describe.skipIf(!fs.existsSync(NGINX))("deploy/nginx.conf in front of the app", () => {
  const seen: Seen[] = [];
  let app: http.Server;
  let nginx: NginxProcess;
  let dir: string;
  let base: string;

  beforeAll(async () => {
    app = standInApp(seen);
    const appPort = await freePort();
    await new Promise<void>((r) => app.listen(appPort, "127.0.0.1", r));
    dir = makeNginxDir();
    const started = await startBenchNginx(dir, { appPort, staticRoot: dir });
    nginx = started.nginx;
    base = `http://127.0.0.1:${started.proxyPort}`;
  });
  afterAll(async () => {
    await nginx?.stop();
    await new Promise((r) => app?.close(r));
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    seen.length = 0;
  });

  it("stores a feed once per coding, whatever the client's Accept-Encoding says", async () => {
    const gzipClients = ["gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.8", "x-gzip"];
    const plainClients = [undefined, "identity", "gzip;q=0, deflate", "br"];
    for (const acceptEncoding of [...gzipClients, ...plainClients]) {
      const res = await get(`${base}/feeds/coding.ics`, acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {});
      expect(res.status).toBe(200);
      expect(res.body, String(acceptEncoding)).toContain("X-SERVED-FOR:/feeds/coding.ics");
      expect(res.headers["content-encoding"], String(acceptEncoding)).toBe(gzipClients.includes(acceptEncoding!) ? "gzip" : undefined);
      // Downstream caches still learn that the bytes depend on the coding.
      expect(res.headers.vary).toContain("Accept-Encoding");
    }
    // One fetch per coding; the app only ever sees "gzip" or no Accept-Encoding at all.
    expect(seen.map((s) => s.acceptEncoding)).toEqual(["gzip", undefined]);
  });

  it("answers a current feed poll from its cache with a 304", async () => {
    await get(`${base}/feeds/poll.ics`);
    const poll = await get(`${base}/feeds/poll.ics`, { "If-None-Match": FEED_ETAG });
    expect(poll.status).toBe(304);
    expect(poll.headers["x-cache-status"]).toBe("HIT");
    expect(seen).toHaveLength(1);
  });

  it("keeps a page's HTML and its React Server Components payload apart (the app's Vary)", async () => {
    expect((await get(`${base}/en`)).body).toBe("<html>page</html>");
    expect((await get(`${base}/en`, { RSC: "1" })).body).toBe("rsc payload");
    expect((await get(`${base}/en`)).headers["x-cache-status"]).toBe("HIT");
    expect(seen.map((s) => s.rsc)).toEqual([undefined, "1"]);
  });

  it("never stores or serves from cache a signed-in request or a staff page", async () => {
    const cookie = { Cookie: "next-auth.session-token=abc" };
    await get(`${base}/feeds/signed-in.ics`, cookie);
    await get(`${base}/feeds/signed-in.ics`, cookie);
    expect((await get(`${base}/feeds/signed-in.ics`)).headers["x-cache-status"]).toBe("MISS");
    await get(`${base}/en/staff`);
    expect((await get(`${base}/en/staff`)).body).not.toBe((await get(`${base}/en/staff`)).body);
    expect(seen.map((s) => s.url)).toEqual([...Array(3).fill("/feeds/signed-in.ics"), ...Array(3).fill("/en/staff")]);
  });
});
