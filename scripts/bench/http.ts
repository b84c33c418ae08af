/** Small HTTP helpers of the benchmark (plain fetch, bodies read in full). */
export type Fetched = { ms: number; status: number; headers: Headers; body: Buffer };

export async function timedGet(url: string, headers: Record<string, string> = {}): Promise<Fetched> {
  const start = performance.now();
  const res = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(120_000) });
  const body = Buffer.from(await res.arrayBuffer());
  return { ms: Math.round(performance.now() - start), status: res.status, headers: res.headers, body };
}

export async function expectOk(url: string, headers: Record<string, string> = {}): Promise<Fetched> {
  const got = await timedGet(url, headers);
  if (got.status !== 200) throw new Error(`GET ${url}: ${got.status} ${got.body.toString().slice(0, 500)}`);
  return got;
}

/**
 * Waits until the server answers /api/health quickly again: after a load run the server may
 * still be writing responses that the load tool stopped waiting for (large feeds), and the next
 * measurement must not pay for them.
 */
export async function waitUntilIdle(baseUrl: string, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quick = 0;
  while (quick < 3) {
    if (Date.now() > deadline) throw new Error(`${baseUrl} still busy after ${timeoutMs} ms`);
    const { ms, status } = await timedGet(`${baseUrl}/api/health`).catch(() => ({ ms: Infinity, status: 0 }));
    quick = status === 200 && ms < 50 ? quick + 1 : 0;
    await new Promise((r) => setTimeout(r, 100));
  }
}
