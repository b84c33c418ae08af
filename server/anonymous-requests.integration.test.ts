import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/db/testing/fresh-database";
import { CONTROL_SAMPLES, hostileValue } from "@/lib/testing/hostile-input";
import { startAppServer, type AppServer } from "@/scripts/lib/app-server";

/**
 * Anonymous hostile requests against the production server (server/main.mjs and the build in
 * .next/, `npm run build` first): paths, query strings, server-action bodies and headers. Nothing
 * an anonymous client sends may give a 5xx. Also: without TRUSTED_PROXIES, X-Forwarded-For does
 * not change the sign-in throttle's idea of the client.
 */

let dir: string;
let server: AppServer;
// Keep-alive, as browsers do: with "Connection: close" a server may close the socket on a refused
// body before the client has written it all, and the client then sees EPIPE instead of the answer.
const agent = new http.Agent({ keepAlive: true });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "anonymous-requests-"));
  const databaseFile = path.join(dir, "app.db");
  freshDatabase(databaseFile);
  server = await startAppServer({ databaseFile });
}, 90_000);

afterAll(async () => {
  agent.destroy();
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Sent = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One raw HTTP request (node:http, so the path and headers go out as written). */
function send(method: string, target: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: server.port, method, path: target, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** The server answered, and not with a 5xx. */
async function expectNo5xx(sent: Promise<Sent>, what: string): Promise<Sent> {
  const res = await sent;
  expect(res.status, `${what} → ${res.status} ${res.body.slice(0, 200)}`).toBeLessThan(500);
  return res;
}

/** A request target made of URL characters and percent signs: what a client can put on the request line. */
const pathPiece = fc.oneof(
  fc.constantFrom("en", "ja", "events", "feeds", "staff", "api", "_next", "static", "filtered", "youth-program", "sign-in", "all.ics", "..", ".", "", "%", "%ZZ", "%C0%AF", "%E3%81", "%00", "%2F", "%5C", "~", "@", ":", ";", "=", "*"),
  fc.stringMatching(/^[A-Za-z0-9._~!$&'()*+,;=:@-]{1,20}$/),
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.boolean()).map(([b, upper]) => `%${b.toString(16).padStart(2, "0")[upper ? "toUpperCase" : "toLowerCase"]()}`),
);
const hostilePath = fc.array(pathPiece, { minLength: 1, maxLength: 6 }).map((parts) => `/${parts.join("/")}`);

/** A value as a client would put it in a query string, raw or encoded. */
const queryValue = fc.oneof(
  hostileValue.map((v) => {
    try {
      return encodeURIComponent(String(v)).slice(0, 2000);
    } catch {
      return "%ZZ";
    }
  }),
  fc.constantFrom("%", "%ZZ", "%C0%AF", "%E3%81", "a%00b", "RateLimited:99999999999999999999999", "RateLimited:-1", "..%2F..%2Fetc", "1e309", "-0", "NaN"),
);
const queryKey = fc.constantFrom("q", "page", "sector", "country", "type", "special", "error", "callbackUrl", "lang", "from", "to", "done", "v", "_rsc", "signedOut", "__proto__", "x");
const hostileQuery = fc.array(fc.tuple(queryKey, queryValue), { maxLength: 4 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&"));

const publicPaths = ["/en", "/ja", "/en/events/digital-ministers-meeting-2023", "/en/youth-program", "/en/feeds", "/en/sign-in", "/en/staff", "/feeds/all.ics", "/feeds/events/x.ics", "/api/staff/events", "/api/staff/events/1", "/api/auth/session", "/api/auth/csrf", "/api/health", "/sitemap.xml", "/robots.txt", "/en/filtered/x", "/qr.svg"];

/** What HTTP lets a header value hold (node:http refuses anything else before sending). */
const headerValueChar = /^[\t\x20-\x7e\x80-\xff]$/;

/** Header values a client can send. */
const headerText = fc.oneof(
  fc.constantFrom("", "garbage", "null", "1", "[]", "{}", '["",{"children":["__PAGE__",{}]},null,null,true]', "%ZZ", "../../etc/passwd", "*/*", "en;q=abc, ja;q=2", "x".repeat(4000), "\u00ff\u00fe"),
  fc.string({ maxLength: 60, unit: "binary" }).map((s) => [...s].filter((c) => headerValueChar.test(c)).join("")),
  fc.constantFrom(...CONTROL_SAMPLES.filter((c) => [...c].every((x) => headerValueChar.test(x)))).map((c) => `a${c}b`),
);
const headerName = fc.constantFrom(
  "accept-language", "cookie", "origin", "referer", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "host", "rsc", "next-router-state-tree",
  "next-router-prefetch", "next-url", "next-action", "if-none-match", "if-modified-since", "range", "content-type", "accept", "accept-encoding", "x-peer-address", "x-nextjs-data", "x-middleware-prefetch",
);
const hostileHeaders = fc.dictionary(headerName, headerText, { maxKeys: 4 }).map((headers) => {
  const v = headers.cookie;
  if (v !== undefined) headers.cookie = `next-auth.session-token=${v}; NEXT_LOCALE=${v}; next-auth.callback-url=${v}; next-auth.csrf-token=${v}; sign-in-device=${v}`;
  return headers;
});

describe("anonymous hostile requests: never a 5xx", () => {
  it("the malformed paths of issue 16 get a 400 with a bilingual text message", { timeout: 20_000 }, async () => {
    for (const target of ["/en/events/%ZZ", "/feeds/events/%C0%AF.ics", "/api/staff/events/%ZZ", "/_next/static/%ZZ"]) {
      const res = await send("GET", target);
      expect(res.status, target).toBe(400);
      expect(res.headers["content-type"]).toMatch(/^text\/plain/);
      expect(res.body).toMatch(/percent-encoding[\s\S]*パーセントエンコーディング/);
    }
    const rateLimited = await expectNo5xx(send("GET", "/en/sign-in?error=RateLimited:99999999999999999999999"), "retry time out of range");
    expect(rateLimited.body).toContain("The email or password is incorrect.");
  });

  it("paths and query strings", { timeout: 40_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostilePath, fc.constantFrom(...publicPaths)), hostileQuery, async (target, query) => {
        const full = query ? `${target}?${query}` : target;
        await expectNo5xx(send("GET", full), `GET ${full}`);
      }),
      { numRuns: 150 },
    );
  });

  it("headers, on pages, feeds and the API", { timeout: 40_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...publicPaths), hostileHeaders, fc.constantFrom("GET", "HEAD"), async (target, headers, method) => {
        await expectNo5xx(send(method, target, headers), `${method} ${target} ${JSON.stringify(headers).slice(0, 300)}`);
      }),
      { numRuns: 120 },
    );
  });

  it("server actions: every action of the build, with bodies that are not forms, oversized, cross-origin or malformed", { timeout: 40_000 }, async () => {
    const origin = server.url;
    const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as {
      node: Record<string, { workers: Record<string, unknown> }>;
    };
    // "app/[locale]/(staff)/staff/events/[id]/edit/page" → "/en/staff/events/1/edit"
    const pagePath = (worker: string) =>
      worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "").replace("[locale]", "en").replace("[id]", "1");
    const actions = Object.entries(manifest.node).map(([id, entry]) => ({ id, page: pagePath(Object.keys(entry.workers)[0]) }));
    expect(actions.length).toBeGreaterThan(10);

    const big = "a".repeat(5 * 1024 * 1024);
    const multipart = (id: string, value: string) => {
      const boundary = "----fuzz";
      const body = [`--${boundary}`, `Content-Disposition: form-data; name="$ACTION_ID_${id}"`, "", "", `--${boundary}`, 'Content-Disposition: form-data; name="email"', "", value, `--${boundary}--`, ""].join("\r\n");
      return { body, type: `multipart/form-data; boundary=${boundary}` };
    };
    const argument = fc.oneof(
      fc.constantFrom('["$undefined","not-a-form"]', "[1,2]", "[null,null]", '["$undefined",{"entries":1}]', "[]", "{}", "garbage", '["$K1"]', '["$@1"]', '["$undefined","$Q1"]', ""),
      hostileValue.map((v) => JSON.stringify(["$undefined", v], (_k, x) => (typeof x === "bigint" ? String(x) : x)) ?? "[]"),
    );
    const request = fc.oneof(
      fc.record({ kind: fc.constant("fetch" as const), body: argument, origin: fc.constantFrom(origin, "https://evil.example", "null", "not a url") }),
      fc.record({ kind: fc.constant("form" as const), value: fc.oneof(fc.string({ maxLength: 50 }), fc.constant("x".repeat(2000))), origin: fc.constantFrom(origin, "https://evil.example") }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...actions), request, async (action, r) => {
        const res =
          r.kind === "fetch"
            ? await send("POST", action.page, { "next-action": action.id, origin: r.origin, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" }, r.body)
            : await (async () => {
                const { body, type } = multipart(action.id, r.value);
                return send("POST", action.page, { origin: r.origin, "content-type": type }, body);
              })();
        expect(res.status, `${action.page} ${JSON.stringify(r).slice(0, 200)} → ${res.body.slice(0, 200)}`).toBeLessThan(500);
        if (r.origin !== origin) expect(res.status).toBe(403);
      }),
      { numRuns: 120 },
    );

    // The cases of issue 16, each with its status and message.
    const signIn = actions.find((a) => a.page === "/en/sign-in")!;
    const notAForm = await send("POST", "/en/sign-in", { "next-action": signIn.id, origin, "content-type": "text/plain;charset=UTF-8" }, '["$undefined","not-a-form"]');
    expect(notAForm.status).toBe(200);
    expect(notAForm.body).toContain('"status":400');
    expect(notAForm.body).toContain("This request did not come from one of the site’s forms.");
    const tooBig = await send("POST", "/en/sign-in", { "next-action": signIn.id, origin, "content-type": "text/plain;charset=UTF-8" }, big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body).toMatch(/1 MB[\s\S]*1 MB/);
    const crossSite = await send("POST", "/en/sign-in", { "next-action": signIn.id, origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" }, "[]");
    expect(crossSite.status).toBe(403);
    expect(crossSite.body).toMatch(/another site[\s\S]*別のサイト/);
  });
});

describe("404s", () => {
  it("are never kept by shared caches, so a page published a moment later is not hidden behind one", async () => {
    const page = await send("GET", "/en/events/not-published-yet");
    expect(page.status).toBe(404);
    expect(page.headers["cache-control"]).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
    // A second request is served from the app's page cache, with the same answer.
    expect((await send("GET", "/en/events/not-published-yet")).headers["cache-control"]).toMatch(/no-store/);
    expect((await send("GET", "/en/events/digital-ministers-meeting-2023")).headers["cache-control"]).toMatch(/s-maxage=60/);
  });
});

describe("sign-in throttle without TRUSTED_PROXIES", () => {
  /** One attempt through next-auth's credentials endpoint; returns where it redirects. */
  async function credentialsSignIn(forwardedFor: string): Promise<string> {
    const csrf = await send("GET", "/api/auth/csrf");
    const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken, email: "nobody@example.test", password: "wrong-password", callbackUrl: `${server.url}/en/staff` }).toString();
    const res = await send("POST", "/api/auth/callback/credentials", { cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": forwardedFor }, body);
    return String(res.headers.location ?? "");
  }

  it("ignores a client's own X-Forwarded-For: changing it does not escape the delay", { timeout: 30_000 }, async () => {
    for (let i = 1; i <= 5; i++) expect(await credentialsSignIn(`192.0.2.${i}`)).toMatch(/error=CredentialsSignin/);
    expect(await credentialsSignIn("192.0.2.6")).toMatch(/error=RateLimited/);
  });
});
