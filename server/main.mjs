// @ts-check
/**
 * The production server (`npm start`; also what e2e, the bench, load and crash scripts run):
 * Next.js's own request handler, the one `next start` runs, behind two answers from memory.
 *
 * Why a custom server: Next's per-request routing costs more than sending a cached answer
 * (docs/CACHING.md). So a feed poll is first offered to the runtime's feed service
 * (lib/feeds/feed-service.ts answerPoll: a current poll gets its 304), and a plain GET to the
 * response replay (server/response-replay.mjs: the public answer Next gave for the current data
 * version, sent again). Every other request goes to Next, with the socket's address
 * (x-peer-address) and without shared caching of 404s (not-found-cache.mjs). Requests Next would
 * answer with a 500 are refused first with a 4xx (request-refusal.mjs: malformed paths, server
 * actions that are cross-origin or too large), and a server action whose arguments Next cannot
 * decode gets a 400 (undecodable-action.mjs).
 * The runtime is created by instrumentation.ts, which Next runs before it handles its first
 * request; this file sends that first request itself (/api/health) before it says it is serving,
 * so that the database is opened, migrated and seeded at start, and a bad configuration stops
 * the server there.
 *
 * Before Next starts, this file settles what next-auth needs: NEXTAUTH_SECRET (generated once
 * into data/.nextauth-secret) and NEXTAUTH_URL (http://localhost:PORT by default).
 * Environment: HOST, PORT, and what the app reads (README "Configuration").
 */
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { uncacheNotFound } from "./not-found-cache.mjs";
import { requestRefusal } from "./request-refusal.mjs";
import { captureForReplay, sendStoredAnswer } from "./response-replay.mjs";
import { isServerActionRequest, undecodableActionIs400 } from "./undecodable-action.mjs";
import runtimeSlot from "./runtime-slot.cjs";

const hostname = process.env.HOST ?? "127.0.0.1";
const port = Number(process.env.PORT ?? "3000");
const dir = path.resolve(import.meta.dirname, "..");

if (!fs.existsSync(path.join(dir, ".next", "BUILD_ID"))) {
  console.error("No production build found: run `npm run build` first (or `npm run quickstart`).");
  process.exit(1);
}

/** The session-signing key: from the environment, else generated once and kept in data/. */
function nextAuthSecret() {
  const file = path.join(dir, "data", ".nextauth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}
process.env.NEXTAUTH_SECRET ||= nextAuthSecret();
process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;

const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

/** @param {http.IncomingMessage} req */
function headerLookup(req) {
  return {
    /** @param {string} name */
    get(name) {
      const value = req.headers[name];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

let pollFailureLogged = false;

/** The 304 headers when `req` is a current feed poll the feed cache can answer, else null. */
function answerPoll(/** @type {http.IncomingMessage} */ req) {
  // No runtime yet means no feed was generated yet: nothing to answer from.
  const runtime = runtimeSlot.currentRuntime();
  if (!runtime || !req.url?.startsWith("/feeds/")) return null;
  try {
    const poll = { method: req.method ?? "", target: req.url, headers: headerLookup(req) };
    return runtime.feeds.answerPoll(poll) ?? runtime.changes.answerPoll(poll);
  } catch (error) {
    // Never fail a request here: the route answers the same poll, more slowly.
    if (!pollFailureLogged) console.error("Answering a feed poll failed; Next.js answers polls instead:", error);
    pollFailureLogged = true;
    return null;
  }
}

/**
 * The connecting socket's address, for the sign-in throttle (lib/auth/client-address.ts reads it
 * under this name, with X-Forwarded-For only from TRUSTED_PROXIES). Always overwritten, so a client
 * cannot send its own.
 */
const PEER_ADDRESS_HEADER = "x-peer-address";

const server = http.createServer(async (req, res) => {
  req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
  // Requests Next would answer with a bare 500 get their 4xx and a message here.
  const refusal = requestRefusal(req);
  if (refusal) {
    res.writeHead(refusal.status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }).end(refusal.text);
    return;
  }
  uncacheNotFound(res);
  const notModified = answerPoll(req);
  if (notModified) {
    res.writeHead(304, notModified).end();
    return;
  }
  const runtime = runtimeSlot.currentRuntime();
  const replayKey = runtime?.replay.keyFor(req.method, req.url, req.headers) ?? null;
  if (runtime && replayKey !== null) {
    if (sendStoredAnswer(runtime.replay, replayKey, res)) return;
    captureForReplay(runtime.replay, replayKey, res);
  }
  try {
    if (runtime && isServerActionRequest(req)) {
      const facts = { actionRan: false };
      undecodableActionIs400(res, facts);
      await runtime.requests.run(facts, () => handle(req, res));
    } else {
      await handle(req, res);
    }
  } catch (error) {
    console.error(`Failed to handle ${req.method} ${req.url}:`, error);
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Internal Server Error");
  }
});

server.on("error", (error) => {
  console.error("The server failed:", error);
  process.exit(1);
});
await new Promise((resolve) => server.listen(port, hostname, () => resolve(undefined)));
const health = await fetch(`http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}/api/health`).catch((error) => error);
if (!(health instanceof Response) || !health.ok) {
  console.error("The app failed its first health check:", health instanceof Response ? `${health.status} ${await health.text()}` : health);
  process.exit(1);
}
console.log(`Serving on http://${hostname}:${port}`);

// As `next start` does: stop accepting connections, let requests in flight finish, close Next, exit.
let stopping = false;
for (const [signal, code] of /** @type {const} */ ([["SIGINT", 130], ["SIGTERM", 143]])) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      app.close().finally(() => process.exit(code));
    });
  });
}
