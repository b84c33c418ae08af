import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/en/staff/events?page=2", "en")).toBe("/en/staff/events?page=2");
  });

  it("refuses other origins, protocol-relative and backslash tricks, and loops", () => {
    for (const bad of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "/ja/sign-in?x=1", "/api/auth/signout", "", null]) {
      expect(safeCallbackPath(bad, "ja")).toBe("/ja/staff");
    }
  });
});
