import "server-only";
import { and, count, eq, gte, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { ScheduleFilters } from "@/lib/events/schedule-filters";
import { type FeedRange, feedWindow } from "@/lib/feeds/feed-window";
import type { FeedEvent } from "@/lib/feeds/feed-event";
import type { FeedSnapshot } from "@/lib/feeds/generate-feed";
import { deletedEventCutoff } from "@/lib/feeds/retention";
import { type Db, getDb } from "../client";
import { readDataVersion } from "../data-version";
import { events } from "../schema";
import { isPublicEvent, publicEventOrder, scheduleFilterConditions } from "./public-events";

/**
 * The columns a feed writes (FeedEvent in lib/feeds/feed-event.ts), and no others: a full feed
 * reads every row. deletedAt too: a deleted event is written as CANCELLED.
 */
const feedEventColumns = {
  uid: events.uid,
  slug: events.slug,
  titleJa: events.titleJa,
  titleEn: events.titleEn,
  descriptionJa: events.descriptionJa,
  descriptionEn: events.descriptionEn,
  sector: events.sector,
  countryCode: events.countryCode,
  cityJa: events.cityJa,
  cityEn: events.cityEn,
  venueJa: events.venueJa,
  venueEn: events.venueEn,
  isSpecial: events.isSpecial,
  status: events.status,
  cancelReason: events.cancelReason,
  allDay: events.allDay,
  startDate: events.startDate,
  endDate: events.endDate,
  startAt: events.startAt,
  endAt: events.endAt,
  timeZone: events.timeZone,
  sequence: events.sequence,
  createdAt: events.createdAt,
  updatedAt: events.updatedAt,
  deletedAt: events.deletedAt,
};

/**
 * What feeds hold: published and cancelled events, and those of them deleted on or after
 * `cutoff` (the retention period). Drafts never, deleted or not.
 */
function inFeeds(cutoff: Date): SQL {
  return and(inArray(events.status, ["published", "cancelled"]), or(isNull(events.deletedAt), gte(events.deletedAt, cutoff)))!;
}

export type FeedQuery = { filters: ScheduleFilters } | { slug: string };

/** Rows read per query; each batch becomes one chunk of the feed (~730 kB at 1,000 events). */
const FEED_BATCH_EVENTS = 1000;

/**
 * Reads one feed's events and hands them to `consume`, in feed order, in batches of
 * FEED_BATCH_EVENTS rows, so that no more than one batch of row objects exists at a time.
 *
 * Everything happens in one read transaction, so the data version really describes the rows (a
 * write in between would otherwise be cached under the old version): the version, then the ids
 * of every matching event in feed order (which gives the window before the first event is
 * written), then the rows of the window by id, batch by batch. `batches` is valid only while
 * `consume` runs. The retention cut-off is measured from the version's changedAt, not the clock.
 */
export function readFeedEvents<T>(
  query: FeedQuery,
  range: FeedRange,
  consume: (snapshot: FeedSnapshot, batches: Iterable<FeedEvent[]>) => T,
  db: Db = getDb(),
): T {
  return db.transaction((tx) => {
    const version = readDataVersion(tx as unknown as Db);
    const base = inFeeds(deletedEventCutoff(version.changedAt));
    const where =
      "slug" in query
        ? and(base, eq(events.slug, query.slug))
        : and(base, ...scheduleFilterConditions(query.filters).filter((c) => c !== isPublicEvent));
    const ids = tx.select({ id: events.id }).from(events).where(where).orderBy(...publicEventOrder).all().map((r) => r.id);
    const window = feedWindow(ids.length, range);
    // One statement for every batch, its ids passed as one JSON array: building and preparing
    // SQL with a thousand parameters for each batch would cost more than reading the rows.
    const batch = tx
      .select(feedEventColumns)
      .from(events)
      .where(sql`${events.id} IN (SELECT value FROM json_each(${sql.placeholder("ids")}))`)
      .orderBy(...publicEventOrder) // the order of the ids: publicEventOrder ends in the unique id
      .prepare();
    function* batches(): Generator<FeedEvent[]> {
      for (let i = window.skip; i < ids.length; i += FEED_BATCH_EVENTS) {
        yield batch.all({ ids: JSON.stringify(ids.slice(i, i + FEED_BATCH_EVENTS)) });
      }
    }
    return consume({ version, window }, batches());
  });
}

export type FeedCounts = {
  all: number;
  special: number;
  youth: number;
  sectors: Map<string, number>;
  countries: Map<string, number>;
};

/** How many public (not deleted) events each listed feed has, for the /feeds page. */
export function countFeedEvents(db: Db = getDb()): FeedCounts {
  const bySector = db.select({ key: events.sector, n: count() }).from(events).where(isPublicEvent).groupBy(events.sector).all();
  const byCountry = db.select({ key: events.countryCode, n: count() }).from(events).where(isPublicEvent).groupBy(events.countryCode).all();
  const [special] = db.select({ n: count() }).from(events).where(and(isPublicEvent, eq(events.isSpecial, true))).all();
  const [youth] = db.select({ n: count() }).from(events).where(and(isPublicEvent, eq(events.kind, "program"))).all();
  return {
    all: bySector.reduce((sum, r) => sum + r.n, 0),
    special: special.n,
    youth: youth.n,
    sectors: new Map(bySector.map((r) => [r.key, r.n])),
    countries: new Map(byCountry.map((r) => [r.key, r.n])),
  };
}
