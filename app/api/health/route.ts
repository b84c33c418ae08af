import v8 from "node:v8";
import { getSqlite } from "@/db/client";
import { feedPollStatus } from "@/app/feeds/_lib/feed-cache-instance";
import { feedWorkerStatus } from "@/app/feeds/_lib/serve-feed";

export const dynamic = "force-dynamic";

/**
 * Liveness and database check for process managers and the e2e web server, with the feed
 * workers' state, the polls answered before Next.js (scripts/server.mjs) and the V8 heap limit
 * the server runs with (scripts/lib/server-node-options.ts).
 */
export function GET() {
  getSqlite().prepare("SELECT 1").get();
  const heapLimitMb = Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20);
  return Response.json({ ok: true, feedWorkers: feedWorkerStatus(), feedPolls: feedPollStatus(), heapLimitMb });
}
