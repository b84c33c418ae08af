import { getSqlite } from "@/db/client";

export const dynamic = "force-dynamic";

/** Liveness and database check for process managers and the e2e web server. */
export function GET() {
  getSqlite().prepare("SELECT 1").get();
  return Response.json({ ok: true });
}
