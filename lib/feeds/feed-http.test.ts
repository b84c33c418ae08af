import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { FEED_CACHE_CONTROL, feedBodyStream, feedBytes, feedResponse, isNotModified } from "./feed-http";

const chunksOf = (...parts: string[]) => parts.map((p) => Buffer.from(p, "utf8"));
const FILE = ["BEGIN:VCALENDAR\r\n", "BEGIN:VEVENT\r\nSUMMARY:会合 😀\r\nEND:VEVENT\r\n", "END:VCALENDAR\r\n"];
const feed = feedBytes(chunksOf(...FILE), new Date("2023-11-01T10:20:30.456Z"));
const get = (headers: Record<string, string> = {}, method = "GET") => new Request("https://x.example/feeds/all.ics", { method, headers });

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(r.value);
  return parts;
}

describe("feedBytes", () => {
  it("derives a strong ETag from the bytes and Last-Modified from the data, to the second", () => {
    expect(feed.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(feedBytes(chunksOf(...FILE), new Date(0)).etag).toBe(feed.etag);
    expect(feedBytes(chunksOf("other"), new Date(0)).etag).not.toBe(feed.etag);
    expect(feed.lastModified.toISOString()).toBe("2023-11-01T10:20:30.000Z");
  });

  it("hashes the chunks as one file: the ETag and length do not depend on where the chunks split", () => {
    const joined = Buffer.from(FILE.join(""), "utf8");
    expect(feed.etag).toBe(`"${createHash("sha256").update(joined).digest("base64url")}"`);
    expect(feed.byteLength).toBe(joined.byteLength);
    const resplit = feedBytes([joined.subarray(0, 5), joined.subarray(5, 40), joined.subarray(40)], new Date(0));
    expect(resplit.etag).toBe(feed.etag);
    expect(resplit.byteLength).toBe(feed.byteLength);
    expect(feedBytes([], new Date(0)).etag).toBe(`"${createHash("sha256").digest("base64url")}"`);
  });
});

describe("feedBodyStream", () => {
  it("hands out the cached chunks themselves, one per pull, and leaves them intact", async () => {
    const parts = await readAll(feedBodyStream(feed.chunks));
    expect(parts).toHaveLength(feed.chunks.length);
    parts.forEach((part, i) => expect(part).toBe(feed.chunks[i]));
    // Still readable afterwards: nothing was transferred (detached) or consumed.
    expect(Buffer.concat(await readAll(feedBodyStream(feed.chunks))).toString("utf8")).toBe(FILE.join(""));
    expect(await readAll(feedBodyStream([]))).toEqual([]);
  });

  it("pulls nothing until the connection asks for it, then one chunk at a time", async () => {
    const asked: number[] = [];
    const chunks = new Proxy([...feed.chunks], {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) asked.push(Number(key));
        return Reflect.get(target, key, receiver);
      },
    });
    const reader = feedBodyStream(chunks).getReader();
    await new Promise((r) => setImmediate(r)); // a macrotask: time enough for an eager stream to pull
    expect(asked).toEqual([]);
    await reader.read();
    expect(asked).toEqual([0]);
    await reader.read();
    expect(asked).toEqual([0, 1]);
  });
});

describe("conditional requests", () => {
  it("answers 304 for a matching If-None-Match, in a list, weak or *", () => {
    expect(isNotModified(new Headers({ "If-None-Match": feed.etag }), feed)).toBe(true);
    expect(isNotModified(new Headers({ "If-None-Match": `"old", ${feed.etag}` }), feed)).toBe(true);
    expect(isNotModified(new Headers({ "If-None-Match": `W/${feed.etag}` }), feed)).toBe(true);
    expect(isNotModified(new Headers({ "If-None-Match": "*" }), feed)).toBe(true);
    expect(isNotModified(new Headers({ "If-None-Match": '"old"' }), feed)).toBe(false);
  });

  it("answers 304 for If-Modified-Since at or after Last-Modified, unless If-None-Match is present", () => {
    const lm = feed.lastModified.toUTCString();
    expect(isNotModified(new Headers({ "If-Modified-Since": lm }), feed)).toBe(true);
    expect(isNotModified(new Headers({ "If-Modified-Since": "Wed, 01 Nov 2023 10:20:29 GMT" }), feed)).toBe(false);
    expect(isNotModified(new Headers({ "If-Modified-Since": "not a date" }), feed)).toBe(false);
    expect(isNotModified(new Headers({ "If-Modified-Since": lm, "If-None-Match": '"old"' }), feed)).toBe(false);
  });
});

describe("feedResponse", () => {
  it("serves the bytes with calendar headers and the exact Content-Length", async () => {
    const res = feedResponse(get(), feed);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("ETag")).toBe(feed.etag);
    expect(res.headers.get("Last-Modified")).toBe("Wed, 01 Nov 2023 10:20:30 GMT");
    expect(res.headers.get("Cache-Control")).toBe(FEED_CACHE_CONTROL);
    expect(res.headers.get("Content-Disposition")).toBeNull();
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.toString("utf8")).toBe(FILE.join(""));
    expect(res.headers.get("Content-Length")).toBe(String(body.byteLength));
  });

  it("streams the cached chunks, not a copy of them", async () => {
    const parts = await readAll(feedResponse(get(), feed).body!);
    parts.forEach((part, i) => expect(part).toBe(feed.chunks[i]));
  });

  it("answers 304 with validators and no body", async () => {
    const res = feedResponse(get({ "If-None-Match": feed.etag }), feed);
    expect(res.status).toBe(304);
    expect(res.headers.get("ETag")).toBe(feed.etag);
    expect(res.headers.get("Last-Modified")).toBe("Wed, 01 Nov 2023 10:20:30 GMT");
    expect(res.headers.get("Cache-Control")).toBe(FEED_CACHE_CONTROL);
    expect(res.body).toBeNull();
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const res = feedResponse(get({}, "HEAD"), feed);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Length")).toBe(String(Buffer.byteLength(FILE.join(""))));
    expect(res.headers.get("ETag")).toBe(feed.etag);
    expect(res.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(res.body).toBeNull();
  });

  it("adds Content-Disposition for single-event downloads", () => {
    const res = feedResponse(get(), feed, { download: "special-tourism-ministers-dialogue-2023.ics" });
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="special-tourism-ministers-dialogue-2023.ics"');
  });
});
