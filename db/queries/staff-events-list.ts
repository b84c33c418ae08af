import "server-only";
import { and, asc, count, eq, isNotNull, isNull, or, type SQL } from "drizzle-orm";
import type { StaffEventFilters } from "@/lib/validation/staff-event-filters";
import { getDb, type Db } from "../client";
import { events, programs, users } from "../schema";
import { likeContains } from "./event-conditions";

/** Reads for the staff pages: the searchable list (drafts included), parents and children. */

export const STAFF_PAGE_SIZE = 50;

function filterConditions(filters: StaffEventFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.status === "deleted") conditions.push(isNotNull(events.deletedAt));
  else {
    conditions.push(isNull(events.deletedAt));
    if (filters.status) conditions.push(eq(events.status, filters.status));
  }
  if (filters.kind) conditions.push(eq(events.kind, filters.kind));
  if (filters.sector) conditions.push(eq(events.sector, filters.sector));
  if (filters.country) conditions.push(eq(events.countryCode, filters.country));
  if (filters.q) {
    const q = filters.q;
    conditions.push(or(...[events.titleJa, events.titleEn, events.slug].map((column) => likeContains(column, q)))!);
  }
  return conditions;
}

const listColumns = {
  id: events.id,
  slug: events.slug,
  kind: events.kind,
  titleJa: events.titleJa,
  titleEn: events.titleEn,
  status: events.status,
  countryCode: events.countryCode,
  sector: events.sector,
  datePrecision: events.datePrecision,
  isTentative: events.isTentative,
  allDay: events.allDay,
  startDate: events.startDate,
  endDate: events.endDate,
  startAt: events.startAt,
  endAt: events.endAt,
  timeZone: events.timeZone,
  parentId: events.parentId,
  version: events.version,
  updatedAt: events.updatedAt,
  deletedAt: events.deletedAt,
  updatedByName: users.name,
  updatedByEmail: users.email,
};

/** One page of the staff list, in date order, with the total for pagination. */
export function listStaffEvents(filters: StaffEventFilters, pageSize = STAFF_PAGE_SIZE, db: Db = getDb()) {
  const where = and(...filterConditions(filters));
  const [{ total }] = db.select({ total: count() }).from(events).where(where).all();
  const page = filters.page ?? 1;
  const rows = db
    .select(listColumns)
    .from(events)
    .leftJoin(users, eq(users.id, events.updatedBy))
    .where(where)
    .orderBy(asc(events.startDate), asc(events.startAt), asc(events.sortOrder), asc(events.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return { rows, total, page, pageSize };
}

export type StaffEventListRow = ReturnType<typeof listStaffEvents>["rows"][number];

/** Top-level entries of a program (its phases): the parents an itinerary item can be put under. */
export function listPhaseOptions(db: Db = getDb()) {
  return db
    .select({ id: events.id, titleJa: events.titleJa, titleEn: events.titleEn, startDate: events.startDate, programId: events.programId })
    .from(events)
    .where(and(isNotNull(events.programId), isNull(events.parentId), isNull(events.deletedAt)))
    .orderBy(asc(events.startDate), asc(events.sortOrder), asc(events.id))
    .all();
}

export function listProgramOptions(db: Db = getDb()) {
  return db.select({ id: programs.id, nameJa: programs.nameJa, nameEn: programs.nameEn }).from(programs).orderBy(asc(programs.id)).all();
}

/** The live children of an event, in the order the public pages show them. */
export function listStaffChildren(parentId: number, db: Db = getDb()) {
  return db
    .select({ ...listColumns, sortOrder: events.sortOrder, programId: events.programId })
    .from(events)
    .leftJoin(users, eq(users.id, events.updatedBy))
    .where(and(eq(events.parentId, parentId), isNull(events.deletedAt)))
    .orderBy(asc(events.startDate), asc(events.startAt), asc(events.sortOrder), asc(events.id))
    .all();
}

export function getEventTitle(id: number, db: Db = getDb()) {
  return db.select({ id: events.id, titleJa: events.titleJa, titleEn: events.titleEn, slug: events.slug }).from(events).where(eq(events.id, id)).get();
}

export function getUserLabel(id: number | null, db: Db = getDb()): string | null {
  if (id === null) return null;
  const row = db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, id)).get();
  return row ? row.name || row.email : null;
}
