import { and, count, desc, eq, gte, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { ChangesReader } from "@/lib/changes/changes-feed-service";
import { type ChangeEntry, type PublicChange, withoutRemovedText } from "@/lib/changes/public-change";
import { isRedacted } from "@/lib/events/event-redaction";
import type { ScheduleFilters } from "@/lib/events/schedule-filters";
import { readDataVersion } from "../data-version";
import type { Db } from "../open-database";
import { auditLog, events } from "../schema";
import { isPublicEvent, scheduleFilterConditions, statusIsOneOf } from "./event-conditions";

/**
 * The public changelog, read from the audit log: the entries whose public change was derived
 * (lib/changes/public-change.ts; rows without one never leave the database), newest first. The
 * schedule's filters apply to the events as they are now, deleted ones included, so that a removed
 * event's entries stay in its sector's and country's changelog. Every function takes the
 * connection (or transaction) to read from: pages pass getDb(), feeds their read transaction.
 */

export type { ChangeEntry } from "@/lib/changes/public-change";

const hasPublicChange = isNotNull(auditLog.publicChange);

const entryColumns = {
  id: auditLog.id,
  at: auditLog.at,
  eventId: auditLog.entityId,
  change: auditLog.publicChange,
  noteJa: auditLog.publicNoteJa,
  noteEn: auditLog.publicNoteEn,
  slug: events.slug,
  isPublicNow: sql<number>`${and(statusIsOneOf(["published", "cancelled"]), isNull(events.deletedAt))}`,
  titleJa: events.titleJa,
  titleEn: events.titleEn,
  deletedAt: events.deletedAt,
};

type EntryRow = {
  id: number;
  at: Date;
  eventId: number | null;
  change: PublicChange | null;
  noteJa: string;
  noteEn: string;
  slug: string;
  isPublicNow: number;
  titleJa: string;
  titleEn: string;
  deletedAt: Date | null;
};

/** An entry as the public may read it now: an event whose text an admin removed keeps none of it here either. */
function toEntry(row: EntryRow): ChangeEntry {
  const redacted = isRedacted(row);
  return {
    id: row.id,
    at: row.at,
    eventId: row.eventId ?? 0,
    change: redacted ? withoutRemovedText(row.change!) : row.change!,
    note: redacted ? { ja: "", en: "" } : { ja: row.noteJa, en: row.noteEn },
    publicSlug: row.isPublicNow ? row.slug : null,
  };
}

/** `before`: only entries older than this one (an API page's cursor: entries run newest first). */
export type ChangeQuery = { filters: ScheduleFilters; since?: Date | null; before?: { at: Date; id: number } };

/** The event conditions of the filters (not "public now": removed events keep their entries). */
function eventConditions(filters: ScheduleFilters): SQL[] {
  return scheduleFilterConditions(filters).filter((c) => c !== isPublicEvent);
}

function olderThan(entry: { at: Date; id: number }): SQL {
  return or(lt(auditLog.at, entry.at), and(eq(auditLog.at, entry.at), lt(auditLog.id, entry.id)))!;
}

function where(query: ChangeQuery): SQL {
  return and(hasPublicChange, query.since ? gte(auditLog.at, query.since) : undefined, query.before ? olderThan(query.before) : undefined, ...eventConditions(query.filters))!;
}

/** One page of entries, newest first. */
export function listPublicChanges(db: Db, query: ChangeQuery, page: { limit: number; offset?: number }): ChangeEntry[] {
  return db
    .select(entryColumns)
    .from(auditLog)
    .innerJoin(events, eq(events.id, auditLog.entityId))
    .where(where(query))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(page.limit)
    .offset(page.offset ?? 0)
    .all()
    .map(toEntry);
}

/** How many entries match (without filters, read from the changelog's index alone). */
export function countPublicChanges(db: Db, query: ChangeQuery): number {
  const conditions = eventConditions(query.filters);
  const base = db.select({ n: count() }).from(auditLog);
  const [{ n }] = (conditions.length > 0 ? base.innerJoin(events, eq(events.id, auditLog.entityId)) : base).where(where(query)).all();
  return n;
}

/** One event's entries, newest first. */
export function eventPublicChanges(db: Db, eventId: number, limit = 20): ChangeEntry[] {
  return db
    .select(entryColumns)
    .from(auditLog)
    .innerJoin(events, eq(events.id, auditLog.entityId))
    .where(and(hasPublicChange, eq(auditLog.entityId, eventId)))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all()
    .map(toEntry);
}

/**
 * The latest entry of each of `eventIds` that has one: the feeds' "Last change" line. Read with
 * better-sqlite3 and the ids as one JSON parameter: a feed asks this for each batch of 1,000 rows,
 * and drizzle's statement of 1,000 parameters and its row objects cost more than the query.
 */
export function latestPublicChanges(db: Db, eventIds: readonly number[]): Map<number, { at: Date; change: PublicChange }> {
  const rows = db.$client
    .prepare<[string], [number, number, string]>(
      `SELECT entity_id, at, public_change FROM audit_log WHERE id IN (SELECT max(id) FROM audit_log WHERE public_change IS NOT NULL AND entity_id IN (SELECT value FROM json_each(?)) GROUP BY entity_id)`,
    )
    .raw()
    .all(JSON.stringify(eventIds));
  return new Map(rows.map(([eventId, at, change]) => [eventId, { at: new Date(at), change: JSON.parse(change) as PublicChange }]));
}

/** When the latest entry matching `filters` was made, or null when none was. */
export function lastPublicChangeAt(db: Db, filters: ScheduleFilters): Date | null {
  const [entry] = listPublicChanges(db, { filters }, { limit: 1 });
  return entry?.at ?? null;
}

/** One page of the public API's entries (limit + 1 read, to know whether another follows), at one data version. */
export function readApiChangesPage(db: Db, query: ChangeQuery & { limit: number }): { version: { version: number; changedAt: Date }; entries: ChangeEntry[]; hasMore: boolean } {
  return db.transaction((tx) => {
    const entries = listPublicChanges(tx as unknown as Db, query, { limit: query.limit + 1 });
    return { version: readDataVersion(tx as unknown as Db), entries: entries.slice(0, query.limit), hasMore: entries.length > query.limit };
  });
}

/** The Atom feed's reader (the runtime hands it its connection): the data version and the latest entries, in one read transaction. */
export function readChangesFeed(db: Db): ChangesReader {
  return (filters, limit) =>
    db.transaction((tx) => ({ version: readDataVersion(tx as unknown as Db), entries: listPublicChanges(tx as unknown as Db, { filters }, { limit }) }));
}
