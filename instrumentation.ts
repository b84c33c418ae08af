/**
 * Next.js calls register() once when a server process starts (`next start`, server/main.mjs),
 * before any request: the process's runtime (database, data version, caches) is created here, so
 * the page cache and the production server's poll fast path have it from the first request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { runtime } = await import("./server/runtime");
  const { announceStart } = await import("./server/announce-start");
  announceStart(runtime());
}
