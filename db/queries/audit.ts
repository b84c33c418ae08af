import "server-only";
import { and, count, desc, eq, gt, or, sql, type SQL } from "drizzle-orm";
import { upgradeSnapshot, type EventSnapshot } from "@/lib/audit/event-snapshot";
import type { EventAuditAction, ImportAuditAction } from "@/lib/audit/event-audit-actions";
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
  /** The import batch the change belongs to (lib/import). */
  batchId?: number;
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
      batchId: entry.batchId ?? null,
      publicChange: derivePublicChange(entry.before, entry.after),
      changeRule: PUBLIC_CHANGE_RULE,
      publicNoteJa: entry.note?.ja ?? "",
      publicNoteEn: entry.note?.en ?? "",
    })
    .returning({ id: auditLog.id })
    .get();
  return row.id;
}

/** Appends many entries, each with its public change, through one prepared statement (an import's thousands of events). */
export function recordAudits(tx: Db, entries: EventAuditInput[]): void {
  // Plain placeholders, the values encoded here: the JSON columns' encoder would store a null as the text "null".
  const p = (name: string) => sql`${sql.placeholder(name)}`;
  const insert = tx
    .insert(auditLog)
    .values({
      at: p("at"),
      userId: p("userId"),
      action: p("action"),
      entityType: "event",
      entityId: p("eventId"),
      before: p("before"),
      after: p("after"),
      detail: p("detail"),
      batchId: p("batchId"),
      publicChange: p("publicChange"),
      changeRule: PUBLIC_CHANGE_RULE,
      publicNoteJa: p("noteJa"),
      publicNoteEn: p("noteEn"),
    })
    .prepare();
  const json = (value: object | null) => (value === null ? null : JSON.stringify(value));
  for (const e of entries) {
    insert.run({
      at: e.at.getTime(),
      userId: e.userId,
      action: e.action,
      eventId: e.eventId,
      before: json(e.before),
      after: json(e.after),
      detail: e.detail ?? "",
      batchId: e.batchId ?? null,
      publicChange: json(derivePublicChange(e.before, e.after)),
      noteJa: e.note?.ja ?? "",
      noteEn: e.note?.en ?? "",
    });
  }
}

/** The entry of an import batch as a whole (its apply or its undo), beside its events' own entries. */
export function recordImportAudit(tx: Db, entry: { at: Date; userId: number | null; action: ImportAuditAction; batchId: number; detail: string }): void {
  tx.insert(auditLog).values({ at: entry.at, userId: entry.userId, action: entry.action, entityType: "import", entityId: entry.batchId, detail: entry.detail, batchId: entry.batchId }).run();
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
  batchId: auditLog.batchId,
  publicChange: auditLog.publicChange,
  publicNoteJa: auditLog.publicNoteJa,
  publicNoteEn: auditLog.publicNoteEn,
};

/** An entry with its snapshots in today's columns (upgradeSnapshot). */
function upgraded<E extends { before: EventSnapshot | null; after: EventSnapshot | null }>(entry: E): E {
  return { ...entry, before: upgradeSnapshot(entry.before), after: upgradeSnapshot(entry.after) };
}

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
    .all()
    .map(upgraded);
  return { rows, total, page: p, pageSize };
}

const forEvent = (eventId: number) => and(eq(auditLog.entityType, "event"), eq(auditLog.entityId, eventId));

/** One event's history, newest first. */
export function listEventAudit(eventId: number, opts: { page?: number; pageSize?: number } = {}, db: Db = getDb()): AuditPage {
  return auditPage(forEvent(eventId), opts, db);
}

export type AdminAuditFilter = { entityType?: "event" | "user" | "country"; page?: number; pageSize?: number };

/** Every recorded change (events, users, sign-ins), newest first: the admins' log. */
export function listAllAudit(opts: AdminAuditFilter = {}, db: Db = getDb()): AuditPage {
  return auditPage(opts.entityType ? eq(auditLog.entityType, opts.entityType) : undefined, opts, db);
}

export function getEventAuditEntry(id: number, db: Db = getDb()): AuditListEntry | undefined {
  const entry = selectEntries(db)
    .where(and(eq(auditLog.id, id), eq(auditLog.entityType, "event")))
    .get();
  return entry && upgraded(entry);
}

/** The entry that wrote row version `version` of an event (what a save changed). */
export function eventAuditEntryOfVersion(eventId: number, version: number, db: Db = getDb()): AuditListEntry | undefined {
  const entry = selectEntries(db)
    .where(and(forEvent(eventId), eq(sql`json_extract(${auditLog.after}, '$.version')`, version)))
    .orderBy(desc(auditLog.id))
    .get();
  return entry && upgraded(entry);
}

/** The newest entry that wrote a version in which the event was not deleted: what "restore a deleted event" brings back. */
export function latestLiveVersionEntry(eventId: number, db: Db = getDb()): { id: number } | undefined {
  return db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(forEvent(eventId), sql`json_extract(${auditLog.after}, '$.deletedAt') IS NULL`, sql`json_extract(${auditLog.after}, '$.version') IS NOT NULL`))
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
}

/** The entries of an event written after row version `version` (for conflict reports). */
export function eventAuditSince(eventId: number, version: number, db: Db = getDb()): AuditListEntry[] {
  return selectEntries(db)
    .where(and(forEvent(eventId), gt(sql`json_extract(${auditLog.after}, '$.version')`, version)))
    .orderBy(auditLog.id)
    .all()
    .map(upgraded);
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
