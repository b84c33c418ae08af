import { and, asc, eq, gte, inArray, lte, or, type SQL, sql } from "drizzle-orm";
import type { EventCursor, EventQuery } from "@/lib/api/event-query";
import { lastDayOfMonth } from "@/lib/time/date-precision";
import { readDataVersion } from "../data-version";
import type { Db } from "../open-database";
import { countries, events, programs, type Country, type Program } from "../schema";
import { isPublicEvent, publicEventOrder, scheduleFilterConditions } from "./event-conditions";
import { publicEventColumns, type PublicEvent } from "./public-events";

// No getDb() here: the runtime's public data service hands its connection in (server/runtime.ts).

/** Events after `c` in the public order (startDate, startAt with all-day first, sortOrder, id). */
function afterCursor(c: EventCursor): SQL {
  const rest = or(sql`${events.sortOrder} > ${c.sortOrder}`, and(eq(events.sortOrder, c.sortOrder), sql`${events.id} > ${c.id}`))!;
  const sameDay =
    c.startAt === null
      ? or(sql`${events.startAt} IS NOT NULL`, and(sql`${events.startAt} IS NULL`, rest))!
      : or(sql`${events.startAt} > ${c.startAt}`, and(sql`${events.startAt} = ${c.startAt}`, rest))!;
  // The first term gives SQLite a range on events_public_order_idx to start from.
  return and(gte(events.startDate, c.startDate), or(sql`${events.startDate} > ${c.startDate}`, and(eq(events.startDate, c.startDate), sameDay)))!;
}

/** The SQL of a view or API query: public events only, ever. */
export function eventQueryConditions(q: EventQuery): SQL[] {
  const conditions = scheduleFilterConditions(q.filters);
  if (q.program) conditions.push(sql`${events.programId} = (SELECT ${programs.id} FROM ${programs} WHERE ${programs.slug} = ${q.program})`);
  if (q.month) conditions.push(lte(events.startDate, lastDayOfMonth(q.month)), gte(events.endDate, `${q.month}-01`));
  if (q.updatedSince) conditions.push(gte(events.updatedAt, q.updatedSince));
  if (q.after) conditions.push(afterCursor(q.after));
  return conditions;
}

export type DataVersion = ReturnType<typeof readDataVersion>;

/** One page of the API's events (limit + 1 read, to know whether another page follows), at one data version. */
export function readApiEventsPage(db: Db, q: EventQuery & { limit: number }): { version: DataVersion; rows: PublicEvent[]; hasMore: boolean } {
  return db.transaction((tx) => {
    const rows = tx
      .select(publicEventColumns)
      .from(events)
      .where(and(...eventQueryConditions(q)))
      .orderBy(...publicEventOrder)
      .limit(q.limit + 1)
      .all();
    return { version: readDataVersion(tx as unknown as Db), rows: rows.slice(0, q.limit), hasMore: rows.length > q.limit };
  });
}

/** Rows read per query while an export is built: a view of 100,000 events never holds them all. */
const EXPORT_BATCH = 1000;

/** Every event of a view, in order, handed to `build` in batches inside one read transaction (as feeds are read). */
export function readViewEvents<T>(db: Db, q: EventQuery, build: (version: DataVersion, rows: Iterable<PublicEvent>) => T): T {
  return db.transaction((tx) => {
    const version = readDataVersion(tx as unknown as Db);
    const idsQuery = tx.select({ id: events.id }).from(events).where(and(...eventQueryConditions(q))).orderBy(...publicEventOrder).toSQL();
    const ids = db.$client.prepare<unknown[], number>(idsQuery.sql).pluck().all(...idsQuery.params);
    function* rows(): Generator<PublicEvent> {
      for (let i = 0; i < ids.length; i += EXPORT_BATCH) {
        yield* tx.select(publicEventColumns).from(events).where(inArray(events.id, ids.slice(i, i + EXPORT_BATCH))).orderBy(...publicEventOrder).all();
      }
    }
    return build(version, rows());
  });
}

export function readApiEvent(db: Db, slug: string): { version: DataVersion; row: PublicEvent | undefined } {
  return db.transaction((tx) => ({
    version: readDataVersion(tx as unknown as Db),
    row: tx.select(publicEventColumns).from(events).where(and(eq(events.slug, slug), isPublicEvent)).get(),
  }));
}

export function readCountries(db: Db): { version: DataVersion; rows: Country[] } {
  return db.transaction((tx) => ({ version: readDataVersion(tx as unknown as Db), rows: tx.select().from(countries).orderBy(asc(countries.sortOrder)).all() }));
}

export function readPrograms(db: Db): { version: DataVersion; rows: Program[] } {
  return db.transaction((tx) => ({ version: readDataVersion(tx as unknown as Db), rows: tx.select().from(programs).orderBy(asc(programs.id)).all() }));
}
