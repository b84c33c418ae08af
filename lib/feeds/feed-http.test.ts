import { describe, expect, it } from "vitest";
import { FEED_CACHE_CONTROL, feedBytes, feedResponse, isNotModified } from "./feed-http";

const feed = feedBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", new Date("2023-11-01T10:20:30.456Z"));
const get = (headers: Record<string, string> = {}, method = "GET") => new Request("https://x.example/feeds/all.ics", { method, headers });

describe("feedBytes", () => {
  it("derives a strong ETag from the bytes and Last-Modified from the data, to the second", () => {
    expect(feed.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(feedBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", new Date(0)).etag).toBe(feed.etag);
    expect(feedBytes("other", new Date(0)).etag).not.toBe(feed.etag);
    expect(feed.lastModified.toISOString()).toBe("2023-11-01T10:20:30.000Z");
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
  it("serves the bytes with calendar headers", async () => {
    const res = feedResponse(get(), feed);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("ETag")).toBe(feed.etag);
    expect(res.headers.get("Last-Modified")).toBe("Wed, 01 Nov 2023 10:20:30 GMT");
    expect(res.headers.get("Cache-Control")).toBe(FEED_CACHE_CONTROL);
    expect(res.headers.get("Content-Disposition")).toBeNull();
    expect(await res.text()).toBe("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  });

  it("answers 304 with validators and no body", async () => {
    const res = feedResponse(get({ "If-None-Match": feed.etag }), feed);
    expect(res.status).toBe(304);
    expect(res.headers.get("ETag")).toBe(feed.etag);
    expect(res.headers.get("Cache-Control")).toBe(FEED_CACHE_CONTROL);
    expect(await res.text()).toBe("");
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const res = feedResponse(get({}, "HEAD"), feed);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Length")).toBe(String(feed.body.byteLength));
    expect(res.headers.get("ETag")).toBe(feed.etag);
    expect(await res.text()).toBe("");
  });

  it("adds Content-Disposition for single-event downloads", () => {
    const res = feedResponse(get(), feed, { download: "special-tourism-ministers-dialogue-2023.ics" });
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="special-tourism-ministers-dialogue-2023.ics"');
  });
});
