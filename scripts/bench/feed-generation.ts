import { readDataVersion } from "@/db/data-version";
import { openDatabase } from "@/db/open-database";
import { readFeedEvents } from "@/db/queries/feed-events";
import { createDataVersionTracker } from "@/lib/caching/data-version-tracker";
import { createFeedService } from "@/lib/feeds/feed-service";

/**
 * Time to generate a feed in this process (plain Node, outside Next.js), through the same feed
 * service the server runs: the feed query, buildFeed and the ETag hash, as on a cache miss.
 */
export async function directFeedGeneration(databaseFile: string, baseUrl: string, path: string): Promise<{ ms: number; bytes: number }> {
  const { db, sqlite, localDataChanges } = openDatabase(databaseFile);
  try {
    const tracker = createDataVersionTracker({ localChangeCount: localDataChanges, readVersion: () => readDataVersion(db).version });
    const feeds = createFeedService({ tracker, readFeed: readFeedEvents(db), baseUrl });
    const url = new URL(path, baseUrl);
    const started = performance.now();
    const response = feeds.serve(new Request(url), url.pathname.replace(/^\/feeds\//, "").split("/"));
    const bytes = (await response.arrayBuffer()).byteLength;
    return { ms: Math.round(performance.now() - started), bytes };
  } finally {
    sqlite.close();
  }
}

/**
 * A data change made from outside the server process, as another app process or a script
 * would: a plain write to events, which the database's triggers turn into a new data version.
 */
export function changeDataExternally(databaseFile: string): void {
  const { sqlite } = openDatabase(databaseFile);
  try {
    sqlite.prepare("UPDATE events SET updated_at = updated_at WHERE id = (SELECT min(id) FROM events)").run();
  } finally {
    sqlite.close();
  }
}
