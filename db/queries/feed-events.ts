import "server-only";
import { and, count, eq, gte, isNull, or, type SQL, sql } from "drizzle-orm";
import type { ScheduleFilters } from "@/lib/events/schedule-filters";
import { type FeedRange, feedWindow } from "@/lib/feeds/feed-window";
import type { FeedEvent } from "@/lib/feeds/feed-event";
import type { FeedSnapshot } from "@/lib/feeds/generate-feed";
import { deletedEventCutoff } from "@/lib/feeds/retention";
import { type Db, getDb } from "../client";
import { dataVersionStatement, readDataVersion } from "../data-version";
import { type FeedPartSource, readFeedPart } from "../feed-part-reader";
import { events } from "../schema";
import { isPublicEvent, publicEventOrder, scheduleFilterConditions, statusIsOneOf } from "./public-events";

/**
 * The columns a feed writes (FeedEvent in lib/feeds/feed-event.ts), and no others: a full feed
 * reads every row. deletedAt too: a deleted event is written as CANCELLED. In the order of
 * FeedEventRow below.
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
  return and(statusIsOneOf(["published", "cancelled"]), or(isNull(events.deletedAt), gte(events.deletedAt, cutoff)))!;
}

export type FeedQuery = { filters: ScheduleFilters } | { slug: string };

/** Rows read per query; each batch becomes one chunk of the feed (~730 kB at 1,000 events). */
const FEED_BATCH_EVENTS = 1000;

/**
 * The statements a feed's rows are read with, in this thread or in a feed worker
 * (db/feed-part-reader.ts): the data version, and the rows of one batch given their ids as one
 * JSON array, in feed order. Built by drizzle, run by better-sqlite3 itself in raw mode (arrays,
 * db/queries/feed-event-row.ts): drizzle would make a Date of every instant (FeedEvent keeps
 * epoch milliseconds, see lib/feeds/feed-event.ts), and row objects cost twice as much as arrays.
 */
function feedStatements(db: Db): Pick<FeedPartSource, "versionStatement" | "rowsStatement"> {
  const rows = db
    .select(feedEventColumns)
    .from(events)
    // One statement for every batch, its ids passed as one JSON array: building and preparing
    // SQL with a thousand parameters for each batch would cost more than reading the rows.
    .where(sql`${events.id} IN (SELECT value FROM json_each(${sql.placeholder("ids")}))`)
    .orderBy(...publicEventOrder) // the order of the ids: publicEventOrder ends in the unique id
    .toSQL();
  return { versionStatement: dataVersionStatement(db), rowsStatement: rows.sql };
}

/** A feed planned at one data version: which events it holds, and how to read them (in parts if wanted). */
export type FeedPlan = FeedSnapshot & { source: FeedPartSource };

/**
 * Plans one feed in a read transaction: the data version, then the ids of every matching event
 * in feed order, which gives the window. The retention cut-off is measured from the version's
 * changedAt, not the clock. The rows are read later, by readFeedPart, in a transaction that
 * checks the version is still the same, so the version always describes the rows.
 */
export function planFeed(query: FeedQuery, range: FeedRange, db: Db = getDb()): FeedPlan {
  return db.transaction((tx) => {
    const version = readDataVersion(tx as unknown as Db);
    const base = inFeeds(deletedEventCutoff(version.changedAt));
    const where =
      "slug" in query
        ? and(base, eq(events.slug, query.slug))
        : and(base, ...scheduleFilterConditions(query.filters).filter((c) => c !== isPublicEvent));
    // Plucked by better-sqlite3: at 100,000 events drizzle's row objects took a third of the plan's time.
    const idsQuery = tx.select({ id: events.id }).from(events).where(where).orderBy(...publicEventOrder).toSQL();
    const ids = db.$client.prepare<unknown[], number>(idsQuery.sql).pluck().all(...idsQuery.params);
    const window = feedWindow(ids.length, range);
    return {
      version,
      window,
      source: { file: db.$client.name, ...feedStatements(db), version: version.version, ids: ids.slice(window.skip), batchSize: FEED_BATCH_EVENTS },
    };
  });
}

/**
 * Reads one feed's events in this thread and hands them to `consume`, in feed order, in batches
 * of FEED_BATCH_EVENTS rows, so that no more than one batch of row objects exists at a time.
 * Planning and reading share one read transaction: no write can come in between. `batches` is
 * valid only while `consume` runs.
 */
export function readFeedEvents<T>(
  query: FeedQuery,
  range: FeedRange,
  consume: (snapshot: FeedSnapshot, batches: Iterable<FeedEvent[]>) => T,
  db: Db = getDb(),
): T {
  return db.$client.transaction(() => {
    const plan = planFeed(query, range, db);
    const read = readFeedPart(db.$client, plan.source, (batches) => consume(plan, batches));
    if (read.stale) throw new Error("The data version changed inside a read transaction");
    return read.value;
  })();
}

/** Rows in the events table, drafts and deleted ones included: no feed has more events. */
export function countEventRows(db: Db = getDb()): number {
  return db.select({ n: count() }).from(events).get()?.n ?? 0;
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
