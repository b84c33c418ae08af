import "server-only";
import { and, count, desc, eq, gt, or, sql, type SQL } from "drizzle-orm";
import type { EventSnapshot } from "@/lib/audit/event-snapshot";
import type { EventAuditAction } from "@/lib/audit/event-audit-actions";
import { derivePublicChange, PUBLIC_CHANGE_RULE, type PublicNote } from "@/lib/changes/public-change";
import { getDb, type Db } from "../client";
import { auditLog, events, users } from "../schema";

export type EventAuditInput = {
  at: Date;
  userId: number | null;
  action: EventAuditAction;
  eventId: number;
  before: EventSnapshot | null;
  after: EventSnapshot | null;
  detail?: string;
  /** The staff's note for the public changelog (shown only when the write changed something public). */
  note?: PublicNote;
};

/** Appends one entry, with its public change; call it inside the write transaction that made the change. */
export function recordAudit(tx: Db, entry: EventAuditInput): number {
  const row = tx
    .insert(auditLog)
    .values({
      at: entry.at,
      userId: entry.userId,
      action: entry.action,
      entityType: "event",
      entityId: entry.eventId,
      before: entry.before,
      after: entry.after,
      detail: entry.detail ?? "",
      publicChange: derivePublicChange(entry.before, entry.after),
      changeRule: PUBLIC_CHANGE_RULE,
      publicNoteJa: entry.note?.ja ?? "",
      publicNoteEn: entry.note?.en ?? "",
    })
    .returning({ id: auditLog.id })
    .get();
  return row.id;
}

const entryColumns = {
  id: auditLog.id,
  at: auditLog.at,
  userId: auditLog.userId,
  userName: users.name,
  userEmail: users.email,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  before: auditLog.before,
  after: auditLog.after,
  detail: auditLog.detail,
  publicChange: auditLog.publicChange,
  publicNoteJa: auditLog.publicNoteJa,
  publicNoteEn: auditLog.publicNoteEn,
};

/** Entries with their author's name and email (null once the account is deleted). */
const selectEntries = (db: Db) => db.select(entryColumns).from(auditLog).leftJoin(users, eq(users.id, auditLog.userId));

export type AuditListEntry = ReturnType<ReturnType<typeof selectEntries>["all"]>[number];

/** Entries for the history pages: for events, also the event's current title and slug. */
const selectLogRows = (db: Db) =>
  db
    .select({ ...entryColumns, eventTitleJa: events.titleJa, eventTitleEn: events.titleEn, eventSlug: events.slug })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .leftJoin(events, and(eq(auditLog.entityType, "event"), eq(events.id, auditLog.entityId)));

export type AuditLogRow = ReturnType<ReturnType<typeof selectLogRows>["all"]>[number];
export type AuditPage = { rows: AuditLogRow[]; total: number; page: number; pageSize: number };

/** One page of entries, newest first, with the author and (for events) the event's current title. */
function auditPage(where: SQL | undefined, opts: { page?: number; pageSize?: number }, db: Db): AuditPage {
  const pageSize = opts.pageSize ?? 50;
  const p = Math.max(1, opts.page ?? 1);
  const [{ total }] = db.select({ total: count() }).from(auditLog).where(where).all();
  const rows = selectLogRows(db)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(pageSize)
    .offset((p - 1) * pageSize)
    .all();
  return { rows, total, page: p, pageSize };
}

const forEvent = (eventId: number) => and(eq(auditLog.entityType, "event"), eq(auditLog.entityId, eventId));

/** One event's history, newest first. */
export function listEventAudit(eventId: number, opts: { page?: number; pageSize?: number } = {}, db: Db = getDb()): AuditPage {
  return auditPage(forEvent(eventId), opts, db);
}

export type AdminAuditFilter = { entityType?: "event" | "user"; page?: number; pageSize?: number };

/** Every recorded change (events, users, sign-ins), newest first: the admins' log. */
export function listAllAudit(opts: AdminAuditFilter = {}, db: Db = getDb()): AuditPage {
  return auditPage(opts.entityType ? eq(auditLog.entityType, opts.entityType) : undefined, opts, db);
}

export function getEventAuditEntry(id: number, db: Db = getDb()): AuditListEntry | undefined {
  return selectEntries(db)
    .where(and(eq(auditLog.id, id), eq(auditLog.entityType, "event")))
    .get();
}

/** The entries of an event written after row version `version` (for conflict reports). */
export function eventAuditSince(eventId: number, version: number, db: Db = getDb()): AuditListEntry[] {
  return selectEntries(db)
    .where(and(forEvent(eventId), gt(sql`json_extract(${auditLog.after}, '$.version')`, version)))
    .orderBy(auditLog.id)
    .all();
}

/** Whether the log shows the event published or cancelled at any time (its URL may be known). */
export function eventWasEverPublic(eventId: number, db: Db = getDb()): boolean {
  const isPublic = (column: typeof auditLog.before | typeof auditLog.after) =>
    sql`json_extract(${column}, '$.status') IN ('published', 'cancelled')`;
  const row = db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(forEvent(eventId), or(isPublic(auditLog.before), isPublic(auditLog.after))))
    .limit(1)
    .get();
  return row !== undefined;
}
