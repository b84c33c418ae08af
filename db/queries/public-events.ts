import "server-only";
import { and, count, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { ScheduleFilters } from "@/lib/events/schedule-filters";
import { getDb } from "../client";
import { events, type Event } from "../schema";
import { isPublicEvent, publicEventOrder, scheduleFilterConditions, searchTitleMatch, statusIsOneOf } from "./event-conditions";

/** The columns the public may see: never staff notes, authors or drafts. */
export const publicEventColumns = {
  id: events.id,
  uid: events.uid,
  slug: events.slug,
  kind: events.kind,
  titleJa: events.titleJa,
  titleEn: events.titleEn,
  descriptionJa: events.descriptionJa,
  descriptionEn: events.descriptionEn,
  sector: events.sector,
  hostKind: events.hostKind,
  countryCode: events.countryCode,
  hostNoteJa: events.hostNoteJa,
  hostNoteEn: events.hostNoteEn,
  cityJa: events.cityJa,
  cityEn: events.cityEn,
  venueJa: events.venueJa,
  venueEn: events.venueEn,
  isSpecial: events.isSpecial,
  recurrenceJa: events.recurrenceJa,
  recurrenceEn: events.recurrenceEn,
  sourceUrl: events.sourceUrl,
  sourceTitleJa: events.sourceTitleJa,
  sourceTitleEn: events.sourceTitleEn,
  sourceNoteJa: events.sourceNoteJa,
  sourceNoteEn: events.sourceNoteEn,
  status: events.status,
  cancelReason: events.cancelReason,
  cancelReasonEn: events.cancelReasonEn,
  datePrecision: events.datePrecision,
  isTentative: events.isTentative,
  allDay: events.allDay,
  startDate: events.startDate,
  endDate: events.endDate,
  startAt: events.startAt,
  endAt: events.endAt,
  timeZone: events.timeZone,
  sequence: events.sequence,
  parentId: events.parentId,
  programId: events.programId,
  sortOrder: events.sortOrder,
  createdAt: events.createdAt,
  updatedAt: events.updatedAt,
};

export type PublicEvent = Pick<Event, keyof typeof publicEventColumns>;

export const SCHEDULE_PAGE_SIZE = 50;

/** A schedule row; with a search, whether its title holds every word searched for. */
export type ScheduleRow = PublicEvent & { titleMatch: boolean };

/**
 * One page of the public schedule, with the total count for pagination: in date order, and with a
 * search, the events whose title matches first (each part in date order).
 */
export function listScheduleEvents(filters: ScheduleFilters, pageSize = SCHEDULE_PAGE_SIZE): { rows: ScheduleRow[]; total: number } {
  const db = getDb();
  const where = and(...scheduleFilterConditions(filters));
  const [{ total }] = db.select({ total: count() }).from(events).where(where).all();
  const page = filters.page ?? 1;
  const titleMatch = searchTitleMatch(filters);
  const rows = db
    .select({ ...publicEventColumns, titleMatch: sql<number>`${titleMatch ?? sql`0`}`.mapWith(Boolean) })
    .from(events)
    .where(where)
    .orderBy(...(titleMatch ? [desc(titleMatch)] : []), ...publicEventOrder)
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return { rows, total };
}

export function getPublicEventBySlug(slug: string): PublicEvent | undefined {
  return getDb().select(publicEventColumns).from(events).where(and(eq(events.slug, slug), isPublicEvent)).get();
}

/** A public event that was deleted: its page says so, and when (drafts never had a public page). */
export type RemovedEvent = PublicEvent & { deletedAt: Date };

export function getRemovedEventBySlug(slug: string): RemovedEvent | undefined {
  const row = getDb()
    .select({ ...publicEventColumns, deletedAt: events.deletedAt })
    .from(events)
    .where(and(eq(events.slug, slug), statusIsOneOf(["published", "cancelled"]), isNotNull(events.deletedAt)))
    .get();
  return row?.deletedAt ? { ...row, deletedAt: row.deletedAt } : undefined;
}

export function getPublicEventById(id: number): PublicEvent | undefined {
  return getDb().select(publicEventColumns).from(events).where(and(eq(events.id, id), isPublicEvent)).get();
}

export function listPublicChildren(parentId: number): PublicEvent[] {
  return getDb().select(publicEventColumns).from(events).where(and(eq(events.parentId, parentId), isPublicEvent)).orderBy(...publicEventOrder).all();
}

export function listPublicProgramEvents(programId: number): PublicEvent[] {
  return getDb().select(publicEventColumns).from(events).where(and(eq(events.programId, programId), isPublicEvent)).orderBy(...publicEventOrder).all();
}

/** Slugs of public events for the sitemap; a sitemap holds at most 50,000 URLs (two per event here). */
export function listPublicEventSlugs(limit = 24_000): { slug: string; updatedAt: Date }[] {
  return getDb()
    .select({ slug: events.slug, updatedAt: events.updatedAt })
    .from(events)
    .where(isPublicEvent)
    .orderBy(...publicEventOrder)
    .limit(limit)
    .all();
}
