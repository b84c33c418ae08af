import http from "node:http";
import { describe, expect, it } from "vitest";
import { NOT_FOUND_CACHE_CONTROL, uncacheNotFound } from "./not-found-cache.mjs";

describe("uncacheNotFound", () => {
  async function served(status: number, cacheControl: string, explicit: boolean): Promise<string | undefined> {
    const server = http.createServer((_req, res) => {
      uncacheNotFound(res);
      if (explicit) {
        res.writeHead(status, { "Cache-Control": cacheControl }).end("x");
      } else {
        res.statusCode = status;
        res.setHeader("Cache-Control", cacheControl);
        res.end("x");
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    try {
      return (await fetch(`http://127.0.0.1:${port}/`)).headers.get("cache-control") ?? undefined;
    } finally {
      server.close();
    }
  }

  it("keeps shared caches from storing a 404, however the status and header were set, and leaves other statuses alone", async () => {
    expect(await served(404, "s-maxage=60, stale-while-revalidate=3540", false)).toBe(NOT_FOUND_CACHE_CONTROL);
    expect(await served(404, "s-maxage=60, stale-while-revalidate=3540", true)).toBe(NOT_FOUND_CACHE_CONTROL);
    expect(await served(200, "s-maxage=60, stale-while-revalidate=3540", false)).toBe("s-maxage=60, stale-while-revalidate=3540");
  });
});
