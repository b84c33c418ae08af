import "server-only";
import { and, count, gte, lt, lte, max, min, sql } from "drizzle-orm";
import type { ScheduleFilters } from "@/lib/events/schedule-filters";
import { getDb } from "../client";
import { events } from "../schema";
import { publicEventOrder, scheduleFilterConditions } from "./event-conditions";
import { type PublicEvent, publicEventColumns } from "./public-events";

/** The schedule's filters (without its page) and the events whose local dates meet [from, to]. */
function overlapping(filters: ScheduleFilters, from: string, to: string) {
  return and(...scheduleFilterConditions(filters), lte(events.startDate, to), gte(events.endDate, from));
}

/** The public events matching the filters on any day from `from` to `to` (inclusive local dates), in schedule order. */
export function listEventsBetween(filters: ScheduleFilters, from: string, to: string): PublicEvent[] {
  return getDb().select(publicEventColumns).from(events).where(overlapping(filters, from, to)).orderBy(...publicEventOrder).all();
}

export function countEventsBetween(filters: ScheduleFilters, from: string, to: string): number {
  return getDb().select({ n: count() }).from(events).where(overlapping(filters, from, to)).get()!.n;
}

/** What the year timeline groups by when it shows counts: the sector, or the host (a country code or the host kind). */
export type RowColumn = "sector" | "host";

/** How many events matching the filters start in each month from `from` to `to`, per row. */
export function countEventsByRowAndMonth(filters: ScheduleFilters, from: string, to: string, rows: RowColumn): { row: string; month: string; n: number }[] {
  const row = rows === "sector" ? sql<string>`${events.sector}` : sql<string>`coalesce(${events.countryCode}, ${events.hostKind})`;
  const month = sql<string>`substr(${events.startDate}, 1, 7)`;
  return getDb()
    .select({ row, month, n: count() })
    .from(events)
    .where(and(...scheduleFilterConditions(filters), gte(events.startDate, from), lte(events.startDate, to)))
    .groupBy(row, month)
    .all();
}

/** The first and last local dates of the events matching the filters, or null when none does. */
export function scheduleDateRange(filters: ScheduleFilters): { first: string; last: string } | null {
  const row = getDb()
    .select({ first: min(events.startDate), last: max(events.endDate) })
    .from(events)
    .where(and(...scheduleFilterConditions(filters)))
    .get();
  return row?.first && row.last ? { first: row.first, last: row.last } : null;
}

/** How many events matching the filters start before `date`: where that date's events begin in the list. */
export function countEventsStartingBefore(filters: ScheduleFilters, date: string): number {
  return getDb().select({ n: count() }).from(events).where(and(...scheduleFilterConditions(filters), lt(events.startDate, date))).get()!.n;
}
