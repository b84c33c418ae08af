import { describe, expect, it, vi } from "vitest";

vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));
vi.mock("next-intl/server", () => ({ setRequestLocale: vi.fn() }));

const { pageLocale } = await import("./page-locale");

describe("pageLocale", () => {
  it("accepts the app's locales", async () => {
    await expect(pageLocale(Promise.resolve({ locale: "ja" }))).resolves.toBe("ja");
    await expect(pageLocale(Promise.resolve({ locale: "en" }))).resolves.toBe("en");
  });

  it("turns any other segment into a 404 instead of rendering with it (regression: /favicon.ico crashed the schedule page)", async () => {
    await expect(pageLocale(Promise.resolve({ locale: "favicon.ico" }))).rejects.toThrow("NEXT_NOT_FOUND");
  });
});
