import "server-only";
import { and, count, eq, gte, inArray, isNull, or, type SQL } from "drizzle-orm";
import type { ScheduleFilters } from "@/lib/events/schedule-filters";
import type { DataVersion } from "@/lib/feeds/feed-cache";
import { deletedEventCutoff } from "@/lib/feeds/retention";
import { type Db, getDb } from "../client";
import { readDataVersion } from "../data-version";
import { events } from "../schema";
import { isPublicEvent, type PublicEvent, publicEventColumns, publicEventOrder, scheduleFilterConditions } from "./public-events";

/** The public columns plus deletedAt: a deleted event is written as CANCELLED. */
export const feedEventColumns = { ...publicEventColumns, deletedAt: events.deletedAt };

export type FeedEventRow = PublicEvent & { deletedAt: Date | null };

/**
 * What feeds hold: published and cancelled events, and those of them deleted on or after
 * `cutoff` (the retention period). Drafts never, deleted or not.
 */
function inFeeds(cutoff: Date): SQL {
  return and(inArray(events.status, ["published", "cancelled"]), or(isNull(events.deletedAt), gte(events.deletedAt, cutoff)))!;
}

export type FeedQuery = { filters: ScheduleFilters } | { slug: string };

/**
 * The data version and the events of one feed, read in one transaction so the version really
 * describes the rows (a write between the two reads would otherwise be cached under the old
 * version). The retention cut-off is measured from the version's changedAt, not the clock.
 */
export function selectFeedData(query: FeedQuery, db: Db = getDb()): { version: DataVersion; rows: FeedEventRow[] } {
  return db.transaction((tx) => {
    const version = readDataVersion(tx as unknown as Db);
    const base = inFeeds(deletedEventCutoff(version.changedAt));
    const where =
      "slug" in query
        ? and(base, eq(events.slug, query.slug))
        : and(base, ...scheduleFilterConditions(query.filters).filter((c) => c !== isPublicEvent));
    const rows = tx.select(feedEventColumns).from(events).where(where).orderBy(...publicEventOrder).all();
    return { version, rows };
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
