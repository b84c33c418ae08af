import autocannon from "autocannon";

export type Measurement = {
  name: string;
  target: "app" | "nginx-static" | "nginx-proxy";
  url: string;
  expectedStatus: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Connection errors, timeouts, and responses with another status than expected. */
  errors: number;
  bytesPerResponse: number;
};

export type LoadOptions = { duration: number; connections: number; warmup: number };

/**
 * One autocannon run against `url` (same process, same cores as the server: the ratios, not the
 * absolute figures, are what compare across machines). Any response whose status differs from
 * `expectedStatus` (e.g. a 200 where a 304 was asked for) counts as an error. A warm-up run of
 * `warmup` seconds comes first and is not counted.
 */
export async function measure(
  spec: { name: string; target: Measurement["target"]; url: string; expectedStatus: number; headers?: Record<string, string> },
  options: LoadOptions,
): Promise<Measurement> {
  const run = (duration: number) =>
    // A generous timeout: at 100,000 events a feed is tens of MB and 50 of them queue up.
    autocannon({ url: spec.url, connections: options.connections, duration, headers: spec.headers, timeout: 60 });
  // Warm-up (JIT, caches, connection set-up), not counted.
  if (options.warmup > 0) await run(options.warmup);
  const result = await run(options.duration);
  const byStatus = result.statusCodeStats ?? {};
  let unexpected = 0;
  let total = 0;
  for (const [status, stats] of Object.entries(byStatus)) {
    total += stats?.count ?? 0;
    if (Number(status) !== spec.expectedStatus) unexpected += stats?.count ?? 0;
  }
  return {
    name: spec.name,
    target: spec.target,
    url: spec.url,
    expectedStatus: spec.expectedStatus,
    requestsPerSecond: Math.round((result.requests.total / result.duration) * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: total,
    errors: result.errors + result.timeouts + unexpected,
    bytesPerResponse: total > 0 ? Math.round(result.throughput.total / total) : 0,
  };
}
