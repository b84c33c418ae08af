import Database from "better-sqlite3";
import type { FeedEvent } from "@/lib/feeds/feed-event";
import { feedEventFromRow, type FeedEventRow } from "./queries/feed-event-row";

// No "server-only" and no drizzle here: this runs in feed worker threads (app/feeds/_lib/feed-worker.ts).

/** A statement as drizzle's toSQL() gives it. */
export type StatementText = { sql: string; params: unknown[] };

/**
 * Where and how a worker reads its part of a feed: the database file, the statements (built by
 * drizzle in the main thread, db/queries/feed-events.ts), the data version the feed was planned
 * at, and the ids of the part's events in feed order.
 */
export type FeedPartSource = {
  file: string;
  versionStatement: StatementText;
  /** Takes one parameter: the ids of a batch as a JSON array. */
  rowsStatement: string;
  version: number;
  ids: number[];
  batchSize: number;
};

// One read-only connection per worker thread and file, kept for the worker's life.
const connections = new Map<string, Database.Database>();

/** A feed worker's connection to `file`: read-only, opened once. */
export function readOnlyConnection(file: string): Database.Database {
  let connection = connections.get(file);
  if (!connection) {
    connection = new Database(file, { readonly: true, fileMustExist: true });
    connection.pragma("busy_timeout = 5000");
    connections.set(file, connection);
  }
  return connection;
}

/**
 * Reads the part's events on `db`, in batches, and hands them to `consume`, in one read
 * transaction that first checks the data version: if the data changed since the feed was
 * planned, the ids may no longer describe it, and the part is `stale` (the caller plans again).
 */
export function readFeedPart<T>(
  db: Database.Database,
  source: FeedPartSource,
  consume: (batches: Iterable<FeedEvent[]>) => T,
): { stale: true } | { stale: false; value: T } {
  const version = db.prepare(source.versionStatement.sql).pluck();
  const rows = db.prepare<[string], FeedEventRow>(source.rowsStatement).raw(true);
  return db.transaction(() => {
    if ((version.get(...source.versionStatement.params) ?? 0) !== source.version) return { stale: true as const };
    function* batches(): Generator<FeedEvent[]> {
      for (let i = 0; i < source.ids.length; i += source.batchSize) {
        yield rows.all(JSON.stringify(source.ids.slice(i, i + source.batchSize))).map(feedEventFromRow);
      }
    }
    return { stale: false as const, value: consume(batches()) };
  })();
}
