import { openDatabase } from "@/db/client";
import { bumpDataVersion } from "@/db/data-version";
import { selectFeedData } from "@/db/queries/feed-events";
import { writeTransaction } from "@/db/transaction";
import { buildFeed } from "@/lib/feeds/build-feed";
import { feedBytes } from "@/lib/feeds/feed-http";
import { feedCalendarInfo } from "@/lib/feeds/feed-selection";

/**
 * Time to generate the all-events feed in this process (plain Node, outside Next.js): the
 * feed query, buildFeed and the ETag hash, as the server does on a cache miss.
 */
export function directFeedGeneration(databaseFile: string, baseUrl: string): { ms: number; bytes: number } {
  const { db, sqlite } = openDatabase(databaseFile);
  try {
    const started = performance.now();
    const { version, rows } = selectFeedData({ filters: {} }, db);
    const text = buildFeed(rows, { lang: "ja", baseUrl, calendar: feedCalendarInfo({ kind: "all" }, "ja", baseUrl) });
    const feed = feedBytes(text, version.changedAt);
    return { ms: Math.round(performance.now() - started), bytes: feed.body.byteLength };
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
