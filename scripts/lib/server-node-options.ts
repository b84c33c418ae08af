/**
 * The V8 heap cap, in MB, every production server of this app runs with (applied by
 * scripts/lib/production-server.ts for `npm start`, the benchmark, load and crash scripts, e2e).
 *
 * Why a cap: V8 picks how far the old generation may grow before its next full collection from
 * the cap. With Node's default on this 24 GB machine (4,144 MB) it lets garbage reach several
 * times the live heap, and under 50 connections of feed polls and page views the server's RSS
 * climbed from 350 to 530 MiB with garbage alone. With a cap of 512 MB or less V8 collects in its
 * memory-constrained mode: at 100,000 events the same sequence peaked at 368 MiB, at the same
 * request rates (docs/BENCHMARKS.md). 512 rather than less: the live heap (Next, the page cache
 * of at most 64 MB) stays far below it; feed bodies are ArrayBuffers outside the V8 heap.
 */
export const SERVER_MAX_OLD_SPACE_MB = 512;

/** NODE_OPTIONS for the server: the operator's own options, plus the heap cap unless they set one. */
export function serverNodeOptions(existing: string | undefined): string {
  const options = (existing ?? "").trim();
  if (/(^|\s)--max-old-space-size[=\s]/.test(options)) return options;
  return [options, `--max-old-space-size=${SERVER_MAX_OLD_SPACE_MB}`].filter(Boolean).join(" ");
}
