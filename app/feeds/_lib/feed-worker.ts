import { parentPort } from "node:worker_threads";
import { type FeedPartSource, readFeedPart, readOnlyConnection } from "@/db/feed-part-reader";
import { serializeEvents } from "@/lib/feeds/build-feed";
import type { FeedLang } from "@/lib/feeds/feed-text";
import type { WorkerProgress, WorkerReply } from "@/lib/feeds/worker-pool";

/** One part of a feed for a worker: its events' ids and statements, and the feed's language and links. */
export type FeedPartJob = { source: FeedPartSource; lang: FeedLang; baseUrl: string };
/** Posted while the part is serialised: its VEVENTs, one UTF-8 chunk per batch of events, in order. */
export type FeedPartChunk = Uint8Array;
/** The zones the part's events need a VTIMEZONE for, or "stale" when the data changed after the feed was planned. */
export type FeedPartResult = { zones: string[] } | "stale";

/**
 * A feed worker thread (started by serve-feed.ts): reads its part of a feed on its own read-only
 * connection and serialises the events, off the thread that serves requests. Each chunk is
 * transferred (not copied) to the main thread as soon as it is encoded, so a worker holds one
 * batch at a time, never its whole part.
 */
parentPort?.on("message", (job: FeedPartJob) => {
  let reply: WorkerReply<FeedPartResult>;
  try {
    const send = (chunk: Uint8Array) => parentPort!.postMessage({ progress: chunk } satisfies WorkerProgress<FeedPartChunk>, [chunk.buffer as ArrayBuffer]);
    const read = readFeedPart(readOnlyConnection(job.source.file), job.source, (batches) => serializeEvents(batches, job, send));
    reply = { ok: true, result: read.stale ? "stale" : { zones: read.value.zones } };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
