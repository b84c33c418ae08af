import { and, eq, gte, inArray, isNull, or, type SQL } from "drizzle-orm";
import { FEED_EVENT_FIELDS, type FeedEvent } from "@/lib/feeds/feed-event";
import type { FeedReader } from "@/lib/feeds/feed-service";
import { feedWindow } from "@/lib/feeds/feed-window";
import { deletedEventCutoff } from "@/lib/feeds/retention";
import { readDataVersion } from "../data-version";
import type { Db } from "../open-database";
import { events } from "../schema";
import { hasDays, isFeedEntry, isPublicEvent, publicEventOrder, scheduleFilterConditions, statusIsOneOf } from "./event-conditions";
import { latestPublicChanges } from "./public-changes";

// No getDb() here: the runtime (server/runtime.ts) hands its connection to readFeedEvents.

type FeedField = (typeof FEED_EVENT_FIELDS)[number];
/** The columns a feed writes (lib/feeds/feed-event.ts), and no others: a full feed reads every row. */
const feedEventColumns = Object.fromEntries(FEED_EVENT_FIELDS.map((field) => [field, events[field]])) as {
  [F in FeedField]: (typeof events)[F];
};

/**
 * What feeds hold: published and cancelled events, and those of them deleted on or after
 * `cutoff` (the retention period). Drafts never, deleted or not. Subscribed feeds also leave out
 * month-only events and phases shown by their items (isFeedEntry); a download, month-only ones.
 */
function inFeeds(cutoff: Date): SQL {
  return and(statusIsOneOf(["published", "cancelled"]), or(isNull(events.deletedAt), gte(events.deletedAt, cutoff)))!;
}

/** Rows read per query while a feed is built: a full feed of 100,000 events never holds them all. */
const FEED_BATCH_EVENTS = 1000;

/**
 * Reads one feed's events and hands them to `build`, in one read transaction: the data version,
 * the ids of every matching event in feed order (which gives the window), then the rows of the
 * window in batches, as `build` consumes them, each with its latest public change. The retention cut-off is measured from the
 * version's changedAt, not the clock, so unchanged data gives identical feeds.
 */
export function readFeedEvents(db: Db): FeedReader {
  return (query, range, build) =>
    db.transaction((tx) => {
      const version = readDataVersion(tx as unknown as Db);
      const base = inFeeds(deletedEventCutoff(version.changedAt));
      const where =
        "slug" in query
          ? and(base, hasDays, eq(events.slug, query.slug))
          : and(base, isFeedEntry, ...scheduleFilterConditions(query.filters).filter((c) => c !== isPublicEvent));
      // Plucked by better-sqlite3: one number per event, not a drizzle row object (a full feed lists every event).
      const idsQuery = tx.select({ id: events.id }).from(events).where(where).orderBy(...publicEventOrder).toSQL();
      const ids = db.$client.prepare<unknown[], number>(idsQuery.sql).pluck().all(...idsQuery.params);
      const window = feedWindow(ids.length, range);
      function* rows(): Generator<FeedEvent> {
        for (let i = window.skip; i < ids.length; i += FEED_BATCH_EVENTS) {
          const batch = ids.slice(i, i + FEED_BATCH_EVENTS);
          // On the connection, inside this transaction (better-sqlite3 statements run in the connection's transaction).
          const lastChanges = latestPublicChanges(db, batch);
          for (const { id, ...row } of tx.select({ id: events.id, ...feedEventColumns }).from(events).where(inArray(events.id, batch)).orderBy(...publicEventOrder).all()) {
            yield { ...row, lastChange: lastChanges.get(id) ?? null };
          }
        }
      }
      return build({ version, window }, rows());
    });
}
