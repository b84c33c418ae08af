import { describe, expect, it } from "vitest";
import { requestRefusal } from "./request-refusal.mjs";

const get = (url: string) => ({ method: "GET", url, headers: { host: "schedule.example.org" } });
const post = (url: string, headers: Record<string, string>) => ({ method: "POST", url, headers: { host: "schedule.example.org", ...headers } });

describe("requestRefusal", () => {
  it("refuses a path with malformed percent-encoding with a bilingual 400, in any route", () => {
    for (const url of ["/en/events/%ZZ", "/feeds/events/%C0%AF.ics", "/api/staff/events/%ZZ", "/_next/static/%ZZ", "/%", "/en/%E3%81"]) {
      const refusal = requestRefusal(get(url));
      expect(refusal?.status, url).toBe(400);
      expect(refusal?.text).toMatch(/percent-encoding[\s\S]*パーセントエンコーディング/);
    }
  });

  it("passes well-formed paths and leaves query strings to the app", () => {
    for (const url of ["/", "/en/events/%E3%81%82", "/feeds/all.ics?lang=en", "/en?q=%ZZ", "/en?q=100%"]) expect(requestRefusal(get(url)), url).toBeNull();
  });

  it("refuses a cross-origin or unreadable Origin on a server action with 403, as Next would have with a 500", () => {
    for (const origin of ["https://evil.example", "null", "not a url", "http://schedule.example.org.evil.example"]) {
      expect(requestRefusal(post("/en/sign-in", { origin, "content-length": "10" }))?.status, origin).toBe(403);
    }
    expect(requestRefusal(post("/en/sign-in", { origin: "https://schedule.example.org", "content-length": "10" }))).toBeNull();
    // Behind a proxy, the forwarded host is what the browser addressed.
    expect(requestRefusal(post("/en/sign-in", { origin: "https://public.example", "x-forwarded-host": "public.example", "content-length": "10" }))).toBeNull();
  });

  it("refuses an action body over 1 MB with 413, and one of unknown length with 411", () => {
    const same = { origin: "https://schedule.example.org" };
    expect(requestRefusal(post("/en/sign-in", { ...same, "content-length": String(5_000_000) }))?.status).toBe(413);
    expect(requestRefusal(post("/en/sign-in", { ...same, "content-length": String(1024 * 1024) }))).toBeNull();
    expect(requestRefusal(post("/en/sign-in", { ...same, "transfer-encoding": "chunked" }))?.status).toBe(411);
  });

  it("lets the import pages' forms carry a file up to 21 MB (so that the import names its own 10 MB limit), and no more", () => {
    const same = { origin: "https://schedule.example.org" };
    for (const url of ["/en/staff/import", "/ja/staff/import", "/en/staff/import/12"]) {
      expect(requestRefusal(post(url, { ...same, "content-length": String(20 * 1024 * 1024) })), url).toBeNull();
      expect(requestRefusal(post(url, { ...same, "content-length": String(22 * 1024 * 1024) }))?.text, url).toMatch(/20 MB[\s\S]*20 MB/);
    }
    for (const url of ["/en/staff/import/12/x", "/en/staff/importer", "/en/staff/events/new"]) {
      expect(requestRefusal(post(url, { ...same, "content-length": String(5_000_000) }))?.status, url).toBe(413);
    }
  });

  it("leaves POSTs to route handlers (next-auth, the staff API) to their own checks", () => {
    expect(requestRefusal(post("/api/auth/callback/credentials", { origin: "https://evil.example", "content-length": String(5_000_000) }))).toBeNull();
    expect(requestRefusal(post("/api/staff/events", { origin: "https://evil.example", "transfer-encoding": "chunked" }))).toBeNull();
  });
});
