import { parentPort } from "node:worker_threads";
import { type FeedPartSource, readFeedPart, readOnlyConnection } from "@/db/feed-part-reader";
import { type SerializedEvents, serializeEvents } from "@/lib/feeds/build-feed";
import type { FeedLang } from "@/lib/feeds/feed-text";
import type { WorkerReply } from "@/lib/feeds/worker-pool";

/** One part of a feed for a worker: its events' ids and statements, and the feed's language and links. */
export type FeedPartJob = { source: FeedPartSource; lang: FeedLang; baseUrl: string };
/** The part's VEVENTs, or "stale" when the data changed after the feed was planned. */
export type FeedPartResult = SerializedEvents | "stale";

/**
 * A feed worker thread (started by serve-feed.ts): reads its part of a feed on its own read-only
 * connection and serialises the events, off the thread that serves requests. The chunks are
 * transferred back, not copied.
 */
parentPort?.on("message", (job: FeedPartJob) => {
  let reply: WorkerReply<FeedPartResult>;
  try {
    const read = readFeedPart(readOnlyConnection(job.source.file), job.source, (batches) => serializeEvents(batches, job));
    reply = { ok: true, result: read.stale ? "stale" : read.value };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const transfer = reply.ok && reply.result !== "stale" ? reply.result.chunks.map((chunk) => chunk.buffer as ArrayBuffer) : [];
  parentPort!.postMessage(reply, transfer);
});
