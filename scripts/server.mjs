// @ts-check
/**
 * The production HTTP server (started by scripts/lib/production-server.ts for `npm start`, the
 * benchmark, load and crash scripts, and e2e): Next.js's own request handler, the same one
 * `next start` runs, behind one fast path.
 *
 * Why a custom server: most feed traffic is calendar apps polling with If-None-Match. A current
 * poll needs a Map look-up and a 304, but Next's per-request routing, proxy and route-handler
 * machinery cost ~20 times that (about 800 against 16,000 polls a second here; docs/BENCHMARKS.md).
 * The feed cache, which lives in Next's bundle, publishes `__answerFeedPoll` on globalThis once it
 * exists (app/feeds/_lib/feed-cache-instance.ts; the logic is lib/feeds/feed-poll.ts). Every other
 * request, and every poll it does not answer, goes to Next unchanged.
 *
 * Plain JavaScript run by node itself: Next.js must load in a process without tsx's loader or
 * the react-server condition the other scripts use. Environment: HOST, PORT, and what the app reads.
 */
import http from "node:http";
import path from "node:path";
import next from "next";

const hostname = process.env.HOST ?? "127.0.0.1";
const port = Number(process.env.PORT ?? "3000");
const dir = path.resolve(import.meta.dirname, "..");

const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();

/** @typedef {import("../lib/feeds/feed-poll").AnswerFeedPoll} AnswerFeedPoll */
const holder = /** @type {typeof globalThis & { __answerFeedPoll?: AnswerFeedPoll }} */ (globalThis);
let pollFailureLogged = false;

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

/** The 304 headers when `req` is a current feed poll the cache can answer, else null. */
function answerPoll(/** @type {http.IncomingMessage} */ req) {
  const answer = holder.__answerFeedPoll;
  if (!answer || !req.url?.startsWith("/feeds/")) return null;
  try {
    return answer({ method: req.method ?? "", target: req.url, headers: headerLookup(req) });
  } catch (error) {
    // Never fail a request here: the route answers the same poll, more slowly.
    if (!pollFailureLogged) console.error("Answering a feed poll failed; Next.js answers polls instead:", error);
    pollFailureLogged = true;
    return null;
  }
}

await app.prepare();

const server = http.createServer(async (req, res) => {
  const notModified = answerPoll(req);
  if (notModified) {
    res.writeHead(304, notModified).end();
    return;
  }
  try {
    await handle(req, res);
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
server.listen(port, hostname, () => console.log(`Serving on http://${hostname}:${port}`));

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
