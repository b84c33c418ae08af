import { openDatabase } from "@/db/client";
import { bumpDataVersion } from "@/db/data-version";
import { readFeedEvents } from "@/db/queries/feed-events";
import { writeTransaction } from "@/db/transaction";
import type { FeedRequest } from "@/lib/feeds/feed-request";
import { generateFeed } from "@/lib/feeds/generate-feed";

/** The feed whose generation is timed: every event (`/feeds/all.ics?range=all`), in Japanese. */
const FULL_FEED: FeedRequest = { selection: { kind: "all" }, lang: "ja", range: "all" };

/**
 * Time to generate the full all-events feed in this process (plain Node, outside Next.js): the
 * feed query, buildFeed and the ETag hash, as the server does on a cache miss.
 */
export function directFeedGeneration(databaseFile: string, baseUrl: string): { ms: number; bytes: number } {
  const { db, sqlite } = openDatabase(databaseFile);
  try {
    const started = performance.now();
    const { feed } = readFeedEvents({ filters: {} }, FULL_FEED.range, (snapshot, batches) => generateFeed(FULL_FEED, baseUrl, snapshot, batches), db);
    return { ms: Math.round(performance.now() - started), bytes: feed!.byteLength };
  } finally {
    sqlite.close();
  }
}

/**
 * A data change made from outside the server process, as another app process or a script
 * would: the server's feed cache sees the new version within its recheck interval.
 */
export function bumpVersionExternally(databaseFile: string): void {
  const { db, sqlite } = openDatabase(databaseFile);
  try {
    writeTransaction(db, (tx) => bumpDataVersion(tx));
  } finally {
    sqlite.close();
  }
}
