import "server-only";
import { and, count, eq, isNotNull } from "drizzle-orm";
import { getDb, type Db } from "../client";
import { events } from "../schema";
import { isFeedEntry, isPublicEvent } from "./event-conditions";

export type FeedCounts = {
  all: number;
  special: number;
  youth: number;
  sectors: Map<string, number>;
  countries: Map<string, number>;
};

/** How many public (not deleted) events each listed feed holds, for the /feeds page and the country pages. */
export function countFeedEvents(db: Db = getDb()): FeedCounts {
  const inFeed = and(isPublicEvent, isFeedEntry);
  const bySector = db.select({ key: events.sector, n: count() }).from(events).where(inFeed).groupBy(events.sector).all();
  const byCountry = db
    .select({ key: events.countryCode, n: count() })
    .from(events)
    .where(and(inFeed, isNotNull(events.countryCode)))
    .groupBy(events.countryCode)
    .all();
  const [special] = db.select({ n: count() }).from(events).where(and(inFeed, eq(events.isSpecial, true))).all();
  const [youth] = db.select({ n: count() }).from(events).where(and(inFeed, eq(events.kind, "program"))).all();
  return {
    all: bySector.reduce((sum, r) => sum + r.n, 0),
    special: special.n,
    youth: youth.n,
    sectors: new Map(bySector.map((r) => [r.key, r.n])),
    countries: new Map(byCountry.map((r) => [r.key!, r.n])),
  };
}
