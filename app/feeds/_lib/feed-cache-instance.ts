import "server-only";
import { getDb } from "@/db/client";
import { localChangeCount, readDataVersion } from "@/db/data-version";
import { createFeedCache, type FeedCache } from "@/lib/feeds/feed-cache";
import { type AnswerFeedPoll, feedPollNotModified } from "@/lib/feeds/feed-poll";

// One cache per process, on globalThis: Next loads this module once per route bundle, and all of
// them must share the generated feeds. The production server (scripts/server.mjs), which is not
// bundled, answers current polls before Next.js through the function published here.
const holder = globalThis as typeof globalThis & {
  __feedCache?: FeedCache;
  __answerFeedPoll?: AnswerFeedPoll;
  __feedPollStats?: { answeredBeforeNext: number };
};
const pollStats = (holder.__feedPollStats ??= { answeredBeforeNext: 0 });

export function feedCache(): FeedCache {
  if (!holder.__feedCache) {
    const cache = createFeedCache({ localChangeCount, readDataVersion: () => readDataVersion(getDb()) });
    holder.__feedCache = cache;
    holder.__answerFeedPoll = (request) => {
      const notModified = feedPollNotModified(request, cache.peek);
      if (notModified) pollStats.answeredBeforeNext += 1;
      return notModified;
    };
  }
  return holder.__feedCache;
}

/** For /api/health: polls the production server answered with a 304 before Next.js routed them. */
export function feedPollStatus(): { answeredBeforeNext: number } {
  return { ...pollStats };
}
