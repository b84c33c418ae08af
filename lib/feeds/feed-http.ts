import { createHash } from "node:crypto";
import { createVersionedCache, type VersionedCacheOptions } from "@/lib/caching/versioned-cache";

/**
 * A generated feed, ready to serve: its bytes held once, as the chunks it was built in (one per
 * batch of events), shared by every response that sends it; never joined into one buffer.
 */
export type FeedBytes = { chunks: readonly Uint8Array[]; byteLength: number; etag: string; lastModified: Date };

/**
 * Shared caches (the nginx proxy in front) and clients may reuse a feed for 5 minutes, then
 * must revalidate with If-None-Match / If-Modified-Since; for a further 10 minutes they may
 * serve the stale copy while revalidating in the background. Calendar apps poll far less often.
 */
/** Generated feeds kept for the current data version: at most `maxFeeds` of them and `maxBytes` in all. */
export function createFeedBytesCache(tracker: VersionedCacheOptions<FeedBytes>["tracker"], limits: { maxFeeds: number; maxBytes: number }) {
  return createVersionedCache<FeedBytes>({ tracker, max: limits.maxFeeds, maxSize: limits.maxBytes, sizeOf: (feed) => feed.byteLength });
}

export const FEED_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=600";

/** Strong ETag (SHA-256 of the bytes, hashed chunk by chunk) and Last-Modified (the data's change time). */
export function feedBytes(chunks: readonly Uint8Array[], dataChangedAt: Date): FeedBytes {
  const hash = createHash("sha256");
  let byteLength = 0;
  for (const chunk of chunks) {
    hash.update(chunk);
    byteLength += chunk.byteLength;
  }
  const etag = `"${hash.digest("base64url")}"`;
  return { chunks, byteLength, etag, lastModified: new Date(Math.floor(dataChangedAt.getTime() / 1000) * 1000) };
}

/**
 * The body of one response: hands out the cached chunks one at a time, as the connection takes
 * them (pull), so a slow client holds a chunk or two, and nothing is copied per response. A
 * default stream, not a byte stream: a byte stream's enqueue() would detach (transfer) the
 * cached buffers.
 */
export function feedBodyStream(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (next < chunks.length) controller.enqueue(chunks[next++]);
        if (next >= chunks.length) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  // Weak comparison (RFC 9110 §13.1.2): a proxy that compresses may hand back W/"…".
  const opaque = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === opaque);
}

/** The request headers a validator check reads: a fetch Headers, or any look-up of the same shape. */
export type RequestHeaders = Pick<Headers, "get">;

/** RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since counts only without it. */
export function isNotModified(headers: RequestHeaders, feed: Pick<FeedBytes, "etag" | "lastModified">): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) return etagMatches(ifNoneMatch, feed.etag);
  const ifModifiedSince = headers.get("if-modified-since");
  if (ifModifiedSince === null) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && feed.lastModified.getTime() <= since;
}

/** The headers of a 304, and the validators of a 200: ETag, Last-Modified, Cache-Control. */
export function validatorHeaders(feed: FeedBytes): Record<string, string> {
  return {
    ETag: feed.etag,
    "Last-Modified": feed.lastModified.toUTCString(),
    "Cache-Control": FEED_CACHE_CONTROL,
  };
}

/**
 * The response to GET or HEAD for a feed: 304 when the client's copy is current, else the
 * bytes (none for HEAD, with the same headers). `download` adds Content-Disposition: attachment;
 * `contentType` is for feeds other than iCalendar (the changelog's Atom).
 */
export function feedResponse(request: Request, feed: FeedBytes, options: { download?: string; contentType?: string } = {}): Response {
  if (isNotModified(request.headers, feed)) return new Response(null, { status: 304, headers: validatorHeaders(feed) });
  const headers = new Headers(validatorHeaders(feed));
  headers.set("Content-Type", options.contentType ?? "text/calendar; charset=utf-8");
  headers.set("Content-Length", String(feed.byteLength));
  headers.set("X-Content-Type-Options", "nosniff");
  if (options.download) headers.set("Content-Disposition", `attachment; filename="${options.download.replace(/[^\w.-]/g, "_")}"`);
  // A stream, not the bytes: Response would copy a buffer body for every response.
  return new Response(request.method === "HEAD" ? null : feedBodyStream(feed.chunks), { status: 200, headers });
}

/** A plain-text error (400, 404) for feed URLs. */
export function feedErrorResponse(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60", "X-Content-Type-Options": "nosniff" },
  });
}
