import type { DataVersionTracker } from "./data-version-tracker";
import { createVersionedCache } from "./versioned-cache";

/** Request headers as node:http gives them (lower-case names). */
export type IncomingHeaders = Record<string, string | string[] | undefined>;
/** Response headers as node:http's getHeaders() gives them (lower-case names). */
export type OutgoingHeaders = Record<string, string | string[] | number | undefined>;

/** A stored answer: Next.js's own status-200 headers and body bytes for one request key. */
export type ReplayedResponse = { headers: Record<string, string | string[]>; body: Buffer };

/**
 * Request headers that make Next answer something else than the page's HTML (an RSC payload, a
 * server action), or that a stored answer cannot honour (a conditional or partial request, which
 * Next and the feed poll answer): such a request is never replayed nor stored.
 */
const PASS_THROUGH_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
  "next-url",
  "authorization",
  "if-none-match",
  "if-modified-since",
  "if-match",
  "if-unmodified-since",
  "if-range",
  "range",
];

/** What a stored answer may vary on: the Next.js request headers above (absent) and Accept-Encoding (in the key). */
const VARY_UNDERSTOOD = new Set(["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "accept-encoding"]);

/** Connection-level headers: node:http writes its own for each response. */
const NOT_REPLAYED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

function headerText(value: string | string[] | number | undefined): string {
  return value === undefined ? "" : Array.isArray(value) ? value.join(", ") : String(value);
}

/** The key a GET's answer is stored under (its target and Accept-Encoding), or null if it must go to Next. */
export function replayKey(method: string | undefined, target: string | undefined, headers: IncomingHeaders): string | null {
  if (method !== "GET" || !target?.startsWith("/")) return null;
  if (PASS_THROUGH_HEADERS.some((name) => headers[name] !== undefined)) return null;
  return `${headerText(headers["accept-encoding"])}\n${target}`;
}

function cacheDirectives(cacheControl: string): Map<string, string> {
  const directives = new Map<string, string>();
  for (const part of cacheControl.split(",")) {
    const [name, value = ""] = part.trim().toLowerCase().split("=");
    if (name) directives.set(name, value);
  }
  return directives;
}

/**
 * The headers to replay, when a response may be stored as a shared cache would store it
 * (RFC 9111 §3): a 200 whose Cache-Control lets shared caches keep it for a while (s-maxage, or
 * public with max-age), without Set-Cookie, varying on nothing but the keyed headers, and, for a
 * page, one Next served from its page cache (x-nextjs-cache HIT, not the MISS of its first render).
 * Otherwise null.
 */
export function replayableHeaders(status: number, headers: OutgoingHeaders): Record<string, string | string[]> | null {
  if (status !== 200 || headers["set-cookie"] !== undefined) return null;
  const nextCache = headers["x-nextjs-cache"];
  if (nextCache !== undefined && headerText(nextCache).toUpperCase() !== "HIT") return null;
  const directives = cacheDirectives(headerText(headers["cache-control"]));
  if (directives.has("private") || directives.has("no-store") || directives.has("no-cache")) return null;
  const sharedLifetime = Number(directives.get("s-maxage") ?? (directives.has("public") ? directives.get("max-age") : undefined));
  if (!(sharedLifetime > 0)) return null;
  const vary = headerText(headers.vary).toLowerCase().split(",").map((name) => name.trim()).filter(Boolean);
  if (!vary.every((name) => VARY_UNDERSTOOD.has(name))) return null;
  const replayed: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_REPLAYED.has(name)) continue;
    replayed[name] = Array.isArray(value) ? value : String(value);
  }
  return replayed;
}

/**
 * The response replay (docs/CACHING.md "Answered before Next.js"): the public answers Next.js
 * gave, kept for the current data version and sent again byte for byte without running Next's
 * routing, which costs more per request than sending the bytes (profiled). What a shared cache
 * may keep is what is kept (`replayableHeaders`); everything else always goes to Next.
 */
export function createResponseReplay(options: { tracker: Pick<DataVersionTracker, "current">; maxBytes?: number; maxEntryBytes?: number }) {
  // A default feed (at most 5,000 events, about 4 MB) fits; a full feed of a large database (tens
  // of MB) is served from the feed cache in chunks instead of being held twice.
  const maxEntryBytes = options.maxEntryBytes ?? 8 * 1024 * 1024;
  const cache = createVersionedCache<ReplayedResponse>({
    tracker: options.tracker,
    max: 2000,
    maxSize: options.maxBytes ?? 32 * 1024 * 1024,
    sizeOf: (response) => response.body.byteLength,
  });
  const stats = { replayed: 0 };
  return {
    /** The key a request's answer is kept under, or null if it always goes to Next. */
    keyFor: replayKey,
    /** Whether a response with these status and headers would be stored (known before its body is sent). */
    mayKeep: (status: number, headers: OutgoingHeaders): boolean => replayableHeaders(status, headers) !== null,
    /** Bodies larger than this are not stored. */
    maxEntryBytes,
    /** The current data version: what a response captured from now on was generated at (or later). */
    currentVersion: () => cache.currentVersion(),
    /** The stored answer for `key` at the current data version. */
    answer(key: string): ReplayedResponse | undefined {
      const stored = cache.get(key);
      if (stored) stats.replayed += 1;
      return stored;
    },
    /** Keeps Next's answer to `key` if a shared cache could, and if the data is still at `version`. */
    store(key: string, response: { status: number; headers: OutgoingHeaders; body: Buffer }, version: number): void {
      if (response.body.byteLength > maxEntryBytes) return;
      const headers = replayableHeaders(response.status, response.headers);
      if (!headers) return;
      cache.set(key, { headers, body: response.body }, version);
    },
    /** For /api/health. */
    stats: () => ({ entries: cache.size(), bytes: cache.bytes(), ...stats }),
  };
}

export type ResponseReplay = ReturnType<typeof createResponseReplay>;
