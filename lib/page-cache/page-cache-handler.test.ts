import { createRequire } from "node:module";
import { beforeEach, describe, expect, it } from "vitest";

type Handler = {
  get(key: string): Promise<{ value: unknown; lastModified: number; cacheControl?: unknown } | null>;
  set(key: string, value: unknown, ctx?: { cacheControl?: unknown }): Promise<void>;
  revalidateTag(): Promise<void>;
};
const PageCacheHandler = createRequire(import.meta.url)("./page-cache-handler.cjs") as new (options?: { maxBytes?: number }) => Handler;

const g = globalThis as typeof globalThis & { __appCurrentDataVersion?: () => number; __pageCacheStore?: unknown };
let version = 1;
const page = (html: string) => ({ kind: "APP_PAGE", html, rscData: Buffer.from(html), status: 200 });

beforeEach(async () => {
  version = 1;
  g.__appCurrentDataVersion = () => version;
  await new PageCacheHandler().revalidateTag();
});

describe("PageCacheHandler", () => {
  it("serves a page for the data version it was rendered at, across handler instances", async () => {
    expect(await new PageCacheHandler().get("/en")).toBeNull();
    await new PageCacheHandler().set("/en", page("<p>v1</p>"), { cacheControl: { revalidate: 60, expire: 3600 } });
    const hit = await new PageCacheHandler().get("/en");
    expect(hit?.value).toEqual(page("<p>v1</p>"));
    // Handed back so that Next keeps the page's own revalidate time for it.
    expect(hit?.cacheControl).toEqual({ revalidate: 60, expire: 3600 });
  });

  it("misses once the data version moves on", async () => {
    const cache = new PageCacheHandler();
    await cache.get("/en");
    await cache.set("/en", page("<p>v1</p>"));
    version = 2;
    expect(await cache.get("/en")).toBeNull();
  });

  it("tags an entry with the version seen at its miss, so a write during the render is not hidden", async () => {
    const cache = new PageCacheHandler();
    expect(await cache.get("/ja")).toBeNull(); // version 1: the render starts
    version = 2; // a staff edit lands while the page renders
    await cache.set("/ja", page("<p>old data</p>"));
    expect(await cache.get("/ja")).toBeNull();
  });

  it("stores nothing before the app has published its data version", async () => {
    delete g.__appCurrentDataVersion;
    const cache = new PageCacheHandler();
    await cache.set("/en", page("x"));
    g.__appCurrentDataVersion = () => version;
    expect(await cache.get("/en")).toBeNull();
  });

  it("evicts the least recently used pages beyond its byte budget", async () => {
    const cache = new PageCacheHandler({ maxBytes: 3500 });
    for (const key of ["/a", "/b", "/c"]) {
      await cache.get(key);
      await cache.set(key, page("x".repeat(500)));
    }
    await cache.get("/a"); // touch: /b is now the oldest
    await cache.get("/d");
    await cache.set("/d", page("x".repeat(500)));
    expect(await cache.get("/b")).toBeNull();
    expect(await cache.get("/a")).not.toBeNull();
    expect(await cache.get("/d")).not.toBeNull();
  });
});
