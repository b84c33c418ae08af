// @ts-check
/**
 * The HTTP side of the response replay (lib/caching/response-replay.ts, docs/CACHING.md): sends a
 * stored answer, or lets Next.js answer and keeps a copy of what it sent.
 */

/** @typedef {import("../lib/caching/response-replay").ResponseReplay} ResponseReplay */
/** @typedef {import("node:http").IncomingMessage} IncomingMessage */
/** @typedef {import("node:http").ServerResponse} ServerResponse */

/**
 * Sends the stored answer for `key`, if the replay holds one for the current data version.
 * @param {ResponseReplay} replay
 * @param {string} key
 * @param {ServerResponse} res
 * @returns {boolean} whether it was sent
 */
export function sendStoredAnswer(replay, key, res) {
  const stored = replay.answer(key);
  if (!stored) return false;
  res.writeHead(200, { ...stored.headers, "content-length": stored.body.byteLength }).end(stored.body);
  return true;
}

/**
 * Records the status, headers and body bytes Next writes to `res`, and offers them to the replay
 * once the response has finished (a client that left early leaves nothing behind).
 * @param {ResponseReplay} replay
 * @param {string} key
 * @param {ServerResponse} res
 */
export function captureForReplay(replay, key, res) {
  const version = replay.currentVersion();
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  let keep = true;

  /** @param {unknown} chunk @param {unknown} encoding */
  function collect(chunk, encoding) {
    if (!keep || chunk == null || typeof chunk === "function") return;
    const bytes =
      typeof chunk === "string"
        ? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === "string" ? encoding : "utf8"))
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : null;
    size += bytes?.byteLength ?? 0;
    if (!bytes || size > replay.maxEntryBytes) {
      keep = false;
      chunks.length = 0;
    } else {
      chunks.push(bytes);
    }
  }

  const { write, end, writeHead } = res;
  /** @type {any} */ (res).writeHead = function (/** @type {any[]} */ ...args) {
    // Headers handed to writeHead itself are set one by one first, so that getHeaders() sees them all.
    const given = args.slice(1).find((a) => a && typeof a === "object");
    if (Array.isArray(given)) keep = false;
    else if (given) for (const [name, value] of Object.entries(given)) if (value !== undefined) res.setHeader(name, value);
    const written = writeHead.apply(res, /** @type {any} */ (given && !Array.isArray(given) ? args.filter((a) => a !== given) : args));
    // Known now: a response that will not be kept (a staff page, a 404, a private answer) is not copied.
    keep &&= replay.mayKeep(res.statusCode, res.getHeaders());
    return written;
  };
  /** @type {any} */ (res).write = function (/** @type {any[]} */ ...args) {
    collect(args[0], args[1]);
    return write.apply(res, /** @type {any} */ (args));
  };
  /** @type {any} */ (res).end = function (/** @type {any[]} */ ...args) {
    collect(args[0], args[1]);
    return end.apply(res, /** @type {any} */ (args));
  };
  res.on("finish", () => {
    if (keep) replay.store(key, { status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) }, version);
  });
}
