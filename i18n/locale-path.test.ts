import { describe, expect, it } from "vitest";
import { localePath } from "./locale-path";

describe("localePath", () => {
  it("prefixes the locale, without a slash before the schedule's query", () => {
    expect(localePath("ja", "/")).toBe("/ja");
    expect(localePath("en", "/?sector=tourism&page=2")).toBe("/en?sector=tourism&page=2");
    expect(localePath("en", "/events/summit-2023")).toBe("/en/events/summit-2023");
    expect(localePath("ja", "/youth-program")).toBe("/ja/youth-program");
  });
});
