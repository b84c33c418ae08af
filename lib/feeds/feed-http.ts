import { createHash } from "node:crypto";

/** A generated feed, ready to serve. */
export type FeedBytes = { body: Uint8Array; etag: string; lastModified: Date };

/**
 * Shared caches (the nginx proxy in front) and clients may reuse a feed for 5 minutes, then
 * must revalidate with If-None-Match / If-Modified-Since; for a further 10 minutes they may
 * serve the stale copy while revalidating in the background. Calendar apps poll far less often.
 */
export const FEED_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=600";

/** Bytes, strong ETag (SHA-256 of the bytes) and Last-Modified (the data's change time). */
export function feedBytes(text: string, dataChangedAt: Date): FeedBytes {
  const body = new TextEncoder().encode(text);
  const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
  return { body, etag, lastModified: new Date(Math.floor(dataChangedAt.getTime() / 1000) * 1000) };
}

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  // Weak comparison (RFC 9110 §13.1.2): a proxy that compresses may hand back W/"…".
  const opaque = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === opaque);
}

/** RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since counts only without it. */
export function isNotModified(headers: Headers, feed: Pick<FeedBytes, "etag" | "lastModified">): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) return etagMatches(ifNoneMatch, feed.etag);
  const ifModifiedSince = headers.get("if-modified-since");
  if (ifModifiedSince === null) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && feed.lastModified.getTime() <= since;
}

/**
 * The response to GET or HEAD for a feed: 304 when the client's copy is current, else the
 * bytes (none for HEAD, with the same headers). `download` adds Content-Disposition: attachment.
 */
export function feedResponse(request: Request, feed: FeedBytes, options: { download?: string } = {}): Response {
  const headers = new Headers({
    ETag: feed.etag,
    "Last-Modified": feed.lastModified.toUTCString(),
    "Cache-Control": FEED_CACHE_CONTROL,
  });
  if (isNotModified(request.headers, feed)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", "text/calendar; charset=utf-8");
  headers.set("Content-Length", String(feed.body.byteLength));
  headers.set("X-Content-Type-Options", "nosniff");
  if (options.download) headers.set("Content-Disposition", `attachment; filename="${options.download.replace(/[^\w.-]/g, "_")}"`);
  return new Response(request.method === "HEAD" ? null : (feed.body as BodyInit), { status: 200, headers });
}

/** A plain-text error (400, 404) for feed URLs. */
export function feedErrorResponse(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60", "X-Content-Type-Options": "nosniff" },
  });
}
