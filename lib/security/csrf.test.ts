import { describe, expect, it } from "vitest";
import { CsrfError } from "@/lib/errors";
import { assertSameOriginMutation, checkSameOriginMutation, configuredOrigins } from "./csrf";

const origin = "https://schedule.example.org";
const allowed = [origin];
const request = (method: string, headers: Record<string, string>) => new Request(`${origin}/api/staff/events`, { method, headers });

describe("checkSameOriginMutation", () => {
  it("accepts a same-origin fetch with the custom header", () => {
    expect(checkSameOriginMutation(request("POST", { origin, "x-requested-with": "fetch" }), allowed)).toEqual({ ok: true });
    expect(checkSameOriginMutation(request("DELETE", { referer: `${origin}/en/staff`, "x-requested-with": "fetch" }), allowed)).toEqual({ ok: true });
  });

  it("does not check safe methods", () => {
    expect(checkSameOriginMutation(request("GET", {}), allowed).ok).toBe(true);
  });

  it("refuses another origin, a null origin, and a request without Origin or Referer", () => {
    expect(checkSameOriginMutation(request("POST", { origin: "https://evil.example", "x-requested-with": "fetch" }), allowed).ok).toBe(false);
    expect(checkSameOriginMutation(request("POST", { origin: "null", "x-requested-with": "fetch" }), allowed).ok).toBe(false);
    expect(checkSameOriginMutation(request("POST", { "x-requested-with": "fetch" }), allowed).ok).toBe(false);
    // Same host, other scheme or port: another origin.
    expect(checkSameOriginMutation(request("PUT", { origin: "http://schedule.example.org", "x-requested-with": "fetch" }), allowed).ok).toBe(false);
  });

  it("says which origin to send: the configured one, exactly (127.0.0.1 is not localhost)", () => {
    const check = checkSameOriginMutation(request("POST", { origin: "http://127.0.0.1:3000", "x-requested-with": "fetch" }), ["http://localhost:3000"]);
    expect(check).toEqual({ ok: false, reason: "origin http://127.0.0.1:3000 is not this site's (send Origin: http://localhost:3000)" });
    expect(checkSameOriginMutation(request("POST", { origin: "http://localhost:3000", "x-requested-with": "fetch" }), ["http://localhost:3000"])).toEqual({ ok: true });
  });

  it("refuses a same-origin request without the custom header (a plain HTML form)", () => {
    const check = checkSameOriginMutation(request("POST", { origin }), allowed);
    expect(check).toEqual({ ok: false, reason: "missing x-requested-with: fetch header" });
  });

  it("refuses when the browser says the request is cross-site", () => {
    expect(checkSameOriginMutation(request("POST", { origin, "x-requested-with": "fetch", "sec-fetch-site": "cross-site" }), allowed).ok).toBe(false);
  });

  it("falls back to the request's own origin only when no origin is configured", () => {
    expect(configuredOrigins({ PUBLIC_BASE_URL: "https://a.example/", NEXTAUTH_URL: "http://127.0.0.1:3210" })).toEqual(["https://a.example", "http://127.0.0.1:3210"]);
    expect(checkSameOriginMutation(request("POST", { origin, "x-requested-with": "fetch" }), []).ok).toBe(true);
  });
});

describe("assertSameOriginMutation", () => {
  it("throws a 403 CsrfError", () => {
    expect(() => assertSameOriginMutation(request("PATCH", { origin: "https://evil.example" }), allowed)).toThrow(CsrfError);
    try {
      assertSameOriginMutation(request("PATCH", {}), allowed);
    } catch (error) {
      expect((error as CsrfError).status).toBe(403);
    }
  });
});
