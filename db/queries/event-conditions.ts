import { and, asc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { ScheduleFilters } from "@/lib/events/schedule-filters";
import { countriesNamedBy, kindsNamedBy, searchTerms, sectorsNamedBy } from "@/lib/events/schedule-search";
import { events, searchTexts, type Event } from "../schema";

/** The SQL that says which events are public and in which order: shared by pages and feeds. */

/**
 * `status IN (…)`, written `+status` so that it cannot use events_status_idx: SQLite, which has
 * no statistics here, takes an equality on an indexed column as selective, and would read every
 * public event through that index and sort them. Left free, it walks events_public_order_idx in
 * schedule order and filters there, without touching the table or sorting (docs/CACHING.md;
 * db/queries/public-order-plan.test.ts checks the plans). Unary + is SQLite's documented way to
 * keep a term from using an index.
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

/** `column LIKE '%text%'`, with %, _ and \ in `text` matched as themselves. */
export function likeContains(column: SQLiteColumn | SQL, text: string): SQL {
  return sql`${column} LIKE ${`%${escapeLike(text)}%`} ESCAPE '\\'`;
}

/** The titles part of an event's search text: before char(29) (db/schema.ts searchTexts). */
const searchTitles = sql`substr(${searchTexts.text}, 1, instr(${searchTexts.text}, char(29)) - 1)`;

/** The ids of the events or programs whose search text satisfies `match`, as a subquery. */
function searchTextOwners(owner: "event" | "program", match: SQL): SQL {
  return sql`(select ${searchTexts.ownerId} from ${searchTexts} where ${searchTexts.owner} = ${owner} and ${match})`;
}

const titleContains = (term: string) => sql`${events.id} in ${searchTextOwners("event", likeContains(searchTitles, term))}`;

/**
 * One search word: in the event's title or place, its phase's title, its program's name, or the
 * name of its sector, type or host country (lib/events/schedule-search.ts). Not its description,
 * whose source notes are the same on many events.
 */
function searchTermCondition(term: string): SQL {
  const sectors = sectorsNamedBy(term);
  const kinds = kindsNamedBy(term);
  const countries = countriesNamedBy(term);
  return or(
    sql`${events.id} in ${searchTextOwners("event", likeContains(searchTexts.text, term))}`,
    sql`${events.parentId} in ${searchTextOwners("event", likeContains(searchTitles, term))}`,
    sql`${events.programId} in ${searchTextOwners("program", likeContains(searchTexts.text, term))}`,
    sectors.length > 0 ? inArray(events.sector, sectors) : undefined,
    kinds.length > 0 ? inArray(events.kind, kinds) : undefined,
    countries.length > 0 ? inArray(events.countryCode, countries) : undefined,
  )!;
}

/** True for an event whose title holds every word of the search (listed first), or null without a search. */
export function searchTitleMatch(filters: ScheduleFilters): SQL | null {
  const terms = filters.q ? searchTerms(filters.q) : [];
  return terms.length > 0 ? and(...terms.map(titleContains))! : null;
}

/** SQL conditions for the schedule filters (shared by the schedule page and the filtered feed). */
export function scheduleFilterConditions(filters: ScheduleFilters): SQL[] {
  const conditions: SQL[] = [isPublicEvent];
  if (filters.sector) conditions.push(eq(events.sector, filters.sector));
  if (filters.country) conditions.push(eq(events.countryCode, filters.country));
  if (filters.host) conditions.push(eq(events.hostKind, filters.host));
  if (filters.type) conditions.push(eq(events.kind, filters.type));
  if (filters.special) conditions.push(eq(events.isSpecial, true));
  if (filters.q) conditions.push(...searchTerms(filters.q).map(searchTermCondition));
  return conditions;
}
