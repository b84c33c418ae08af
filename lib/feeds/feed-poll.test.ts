import { describe, expect, it } from "vitest";
import { FEED_CACHE_CONTROL, type FeedBytes, feedBytes, feedResponse } from "./feed-http";
import { feedPollNotModified, type PollRequest } from "./feed-poll";

const feed = feedBytes([Buffer.from("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")], new Date("2023-11-01T10:20:30Z"));
/** The cache of these tests: one current feed, the English tourism feed. */
const cached = new Map<string, FeedBytes>([["/feeds/sector/tourism.ics?lang=en", feed]]);
const peek = (key: string) => cached.get(key) ?? null;

function poll(target: string, headers: Record<string, string> = { "if-none-match": feed.etag }, method = "GET"): PollRequest {
  return { method, target, headers: new Headers(headers) };
}

describe("feedPollNotModified", () => {
  it("answers a current poll with the 304 headers the route sends", () => {
    const answer = feedPollNotModified(poll("/feeds/sector/tourism.ics?lang=en"), peek);
    expect(answer).toEqual({ ETag: feed.etag, "Last-Modified": "Wed, 01 Nov 2023 10:20:30 GMT", "Cache-Control": FEED_CACHE_CONTROL });
    const fromRoute = feedResponse(new Request("https://x.example/feeds/sector/tourism.ics?lang=en", { headers: { "If-None-Match": feed.etag } }), feed);
    expect(fromRoute.status).toBe(304);
    expect([...new Headers(answer!)]).toEqual([...fromRoute.headers]);
  });

  it("answers HEAD, If-Modified-Since and a weak or listed ETag like the route", () => {
    expect(feedPollNotModified(poll("/feeds/sector/tourism.ics?lang=en", { "if-none-match": feed.etag }, "HEAD"), peek)).not.toBeNull();
    expect(feedPollNotModified(poll("/feeds/sector/tourism.ics?lang=en", { "if-modified-since": "Wed, 01 Nov 2023 10:20:30 GMT" }), peek)).not.toBeNull();
    expect(feedPollNotModified(poll("/feeds/sector/tourism.ics?lang=en", { "if-none-match": `"old", W/${feed.etag}` }), peek)).not.toBeNull();
  });

  it("leaves to the route a request that is not a current poll of a cached feed", () => {
    const passes: [string, PollRequest][] = [
      ["no conditional header", poll("/feeds/sector/tourism.ics?lang=en", {})],
      ["another method", poll("/feeds/sector/tourism.ics?lang=en", undefined, "POST")],
      ["an older copy", poll("/feeds/sector/tourism.ics?lang=en", { "if-none-match": '"old"' })],
      ["an older date", poll("/feeds/sector/tourism.ics?lang=en", { "if-modified-since": "Wed, 01 Nov 2023 10:20:29 GMT" })],
      ["If-None-Match wins over If-Modified-Since", poll("/feeds/sector/tourism.ics?lang=en", { "if-none-match": '"old"', "if-modified-since": "Wed, 01 Nov 2023 10:20:30 GMT" })],
      ["a feed not in the cache", poll("/feeds/sector/tourism.ics?lang=ja")],
      ["a full range not in the cache", poll("/feeds/sector/tourism.ics?range=all&lang=en")],
      ["a bad language (the route's 400)", poll("/feeds/sector/tourism.ics?lang=fr")],
      ["an unknown sector (the route's 404)", poll("/feeds/sector/nothing.ics?lang=en")],
      ["a malformed percent-encoding (Next answers it)", poll("/feeds/sector/touris%ZZ.ics?lang=en")],
      ["a trailing slash (Next redirects it)", poll("/feeds/sector/tourism.ics/?lang=en")],
      ["a page", poll("/en?lang=en")],
      ["an absolute-form target", poll("http://x.example/feeds/sector/tourism.ics?lang=en")],
    ];
    for (const [why, request] of passes) expect(feedPollNotModified(request, peek), why).toBeNull();
  });

  it("decodes a percent-encoded path as the route does", () => {
    expect(feedPollNotModified(poll("/feeds/sector/touris%6D.ics?lang=en"), peek)).not.toBeNull();
  });

  it("reads the query as the route does: order and repeats follow URLSearchParams", () => {
    expect(feedPollNotModified(poll("/feeds/sector/tourism.ics?x=1&lang=en"), peek)).not.toBeNull();
    expect(feedPollNotModified(poll("/feeds/sector/tourism.ics?lang=en&lang=ja"), peek)).not.toBeNull(); // get() takes the first
    expect(feedPollNotModified(poll("/feeds/sector/tourism.ics?lang=ja&lang=en"), peek)).toBeNull();
  });
});
