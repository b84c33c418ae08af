import v8 from "node:v8";
import { publicBaseUrl } from "@/lib/env";
import { runtime } from "@/server/runtime";

export const dynamic = "force-dynamic";

/**
 * Liveness and database check for process managers and the e2e web server, with the public origin
 * feeds and calendar links carry (a wrong one is the commonest deployment mistake), the feed
 * service's figures (feeds generated, polls answered before Next.js by server/main.mjs), the
 * public API's and exports' cache, the response replay's (answers sent again without Next.js), and the
 * V8 heap limit the server runs with.
 */
export function GET() {
  const { database, feeds, publicData, replay } = runtime();
  database.sqlite.prepare("SELECT 1").get();
  const heapLimitMb = Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20);
  return Response.json({ ok: true, publicOrigin: publicBaseUrl(), feeds: feeds.stats(), publicData: publicData.stats(), replay: replay.stats(), heapLimitMb });
}
