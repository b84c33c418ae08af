import { and, asc, eq, inArray, isNull, like, or, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { ScheduleFilters } from "@/lib/events/schedule-filters";
import { events, type Event } from "../schema";

/** The SQL that says which events are public and in which order: shared by pages and feeds. */

/**
 * `status IN (…)`, written `+status` so that it cannot use events_status_idx: SQLite, which has
 * no statistics here, takes an equality on an indexed column as selective, and would read every
 * public event through that index and sort them. Left free, it walks events_public_order_idx in
 * schedule order and filters there, without touching the table: at 100,000 events a schedule
 * page's query took 1–13 ms instead of 83–1,341 ms, and a feed's id list 36–40 ms instead of
 * 181–215 ms. Unary + is SQLite's documented way to keep a term from using an index.
 */
export function statusIsOneOf(statuses: Event["status"][]): SQL {
  return inArray(sql`+${events.status}`, statuses);
}

/** Published and cancelled events that are not deleted: what the public schedule shows. */
export const isPublicEvent = and(statusIsOneOf(["published", "cancelled"]), isNull(events.deletedAt))!;

/** Dated to the day (month-only events stay out of feeds until their days are set). */
export const hasDays = eq(events.datePrecision, "day");

/**
 * Not a container: a phase whose items are public is shown by its items in feeds, so its own dates
 * never duplicate them or span days between them. A phase without public items is an entry itself.
 */
// One uncorrelated list of parents, read once per query through events_parent_idx (parent_id > 0
// is its range; +status keeps SQLite off events_status_idx), not a look-up per event: at 100,000
// events the feed's id list stays as fast as without it.
export const hasNoPublicItems = sql`${events.id} NOT IN (SELECT "item"."parent_id" FROM ${events} AS "item" WHERE "item"."parent_id" > 0 AND +"item"."status" IN ('published', 'cancelled') AND "item"."deleted_at" IS NULL)`;

/** What a subscribed feed holds of the selected events (the single-event download needs only hasDays). */
export const isFeedEntry = and(hasDays, hasNoPublicItems)!;

export const publicEventOrder = [asc(events.startDate), asc(events.startAt), asc(events.sortOrder), asc(events.id)];

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * `column` contains `text` literally: "%", "_" and "\" in it match themselves. The backslashes
 * escapeLike adds mean nothing to SQLite without the ESCAPE clause.
 */
export function likeContains(column: SQLiteColumn, text: string): SQL {
  return sql`${column} LIKE ${`%${escapeLike(text)}%`} ESCAPE '\\'`;
}

/** SQL conditions for the schedule filters (shared by the schedule page and the filtered feed). */
export function scheduleFilterConditions(filters: ScheduleFilters): SQL[] {
  const conditions: SQL[] = [isPublicEvent];
  if (filters.sector) conditions.push(eq(events.sector, filters.sector));
  if (filters.country) conditions.push(eq(events.countryCode, filters.country));
  if (filters.host) conditions.push(eq(events.hostKind, filters.host));
  if (filters.type) conditions.push(eq(events.kind, filters.type));
  if (filters.special) conditions.push(eq(events.isSpecial, true));
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    const fields = [events.titleJa, events.titleEn, events.descriptionJa, events.descriptionEn, events.cityJa, events.cityEn, events.venueJa, events.venueEn];
    conditions.push(or(...fields.map((f) => like(f, pattern)))!);
  }
  return conditions;
}

