import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { AppRuntime } from "@/server/runtime";
import { createPageCache } from "./page-cache";

function setup(options: { maxBytes?: number } = {}) {
  const state = { version: 1 };
  return { state, cache: createPageCache({ tracker: { current: () => state.version }, ...options }) };
}
const page = (html: string) => ({ kind: "APP_PAGE", html, rscData: Buffer.from(html), status: 200 });

describe("createPageCache", () => {
  it("serves a page for the data version it was rendered at, with its cache control", () => {
    const { cache } = setup();
    expect(cache.get("/en")).toBeNull();
    cache.set("/en", page("<p>v1</p>"), { revalidate: 60, expire: 3600 });
    const hit = cache.get("/en");
    expect(hit?.value).toEqual({ ...page("<p>v1</p>"), html: Buffer.from("<p>v1</p>") });
    // Handed back so that Next keeps the page's own revalidate time for it.
    expect(hit?.cacheControl).toEqual({ revalidate: 60, expire: 3600 });
  });

  it("keeps a page's HTML as UTF-8 bytes, which Next sends without encoding them again, and leaves the given value alone", () => {
    const { cache } = setup();
    const rendered = page("<p>日本とASEAN</p>");
    cache.set("/ja", rendered, undefined);
    const stored = cache.get("/ja")?.value as { html: unknown };
    expect(Buffer.isBuffer(stored.html)).toBe(true);
    expect((stored.html as Buffer).toString("utf8")).toBe("<p>日本とASEAN</p>");
    expect(rendered.html).toBe("<p>日本とASEAN</p>");
    // Not a page: kept as it is.
    const route = { kind: "APP_ROUTE", body: Buffer.from("x") };
    cache.set("/feed", route, undefined);
    expect(cache.get("/feed")?.value).toBe(route);
  });

  it("misses once the data version moves on", () => {
    const { state, cache } = setup();
    cache.get("/en");
    cache.set("/en", page("<p>v1</p>"), undefined);
    state.version = 2;
    expect(cache.get("/en")).toBeNull();
  });

  it("tags an entry with the version seen at its miss, so a write during the render is not hidden", () => {
    const { state, cache } = setup();
    expect(cache.get("/ja")).toBeNull(); // version 1: the render starts
    state.version = 2; // a staff edit lands while the page renders
    cache.set("/ja", page("<p>old data</p>"), undefined);
    expect(cache.get("/ja")).toBeNull();
  });

  it("evicts the least recently used pages beyond its byte budget", () => {
    const { cache } = setup({ maxBytes: 3500 });
    for (const key of ["/a", "/b", "/c"]) {
      cache.get(key);
      cache.set(key, page("x".repeat(500)), undefined);
    }
    cache.get("/a"); // touch: /b is now the oldest
    cache.get("/d");
    cache.set("/d", page("x".repeat(500)), undefined);
    expect(cache.get("/b")).toBeNull();
    expect(cache.get("/a")).not.toBeNull();
    expect(cache.get("/d")).not.toBeNull();
  });
});

type Handler = {
  get(key: string): Promise<{ value: unknown } | null>;
  set(key: string, value: unknown, ctx?: { cacheControl?: unknown }): Promise<void>;
};
const require = createRequire(import.meta.url);

describe("server/page-cache-handler.cjs", () => {
  it("caches nothing without a runtime (next build), then uses the runtime's page cache", async () => {
    const PageCacheHandler = require("../../server/page-cache-handler.cjs") as new () => Handler;
    await new PageCacheHandler().set("/en", page("built"));
    expect(await new PageCacheHandler().get("/en")).toBeNull();

    const { cache } = setup();
    const slot = require("../../server/runtime-slot.cjs") as { installRuntime: (r: AppRuntime) => AppRuntime };
    slot.installRuntime({ pages: cache } as unknown as AppRuntime);
    await new PageCacheHandler().get("/en");
    await new PageCacheHandler().set("/en", page("rendered"));
    expect((await new PageCacheHandler().get("/en"))?.value).toEqual({ ...page("rendered"), html: Buffer.from("rendered") });
  });
});
