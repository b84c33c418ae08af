import { getSqlite } from "@/db/client";
import { feedWorkerStatus } from "@/app/feeds/_lib/serve-feed";

export const dynamic = "force-dynamic";

/** Liveness and database check for process managers and the e2e web server, with the feed workers' state. */
export function GET() {
  getSqlite().prepare("SELECT 1").get();
  return Response.json({ ok: true, feedWorkers: feedWorkerStatus() });
}
