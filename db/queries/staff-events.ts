import "server-only";
import crypto from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { eventSnapshot } from "@/lib/audit/event-snapshot";
import { derivePublicChange, isPublicSnapshot, type PublicChange, type PublicNote } from "@/lib/changes/public-change";
import { editPatch } from "@/lib/events/event-edit";
import { duplicateSlugBase, slugFromTitle } from "@/lib/events/event-edit-slug";
import { isRedacted } from "@/lib/events/event-redaction";
import { isSlugLocked } from "@/lib/events/event-edit-status";
import type { EventInput } from "@/lib/validation/event-input";
import { editorError } from "@/lib/validation/text-fields";
import { getDb, type Db } from "../client";
import { events, type Event, type NewEvent } from "../schema";
import { writeTransaction } from "../transaction";
import { eventWasEverPublic, recordAudit, recordAudits } from "./audit";
import { collectProblems, conflictFailure, firstFreeSlug, loadEvent, parentProblem, programProblem, slugProblem, writeChange, type Actor, type EditResult } from "./staff-events-shared";

/**
 * Staff writes that create or edit an event's content. Every write runs in one BEGIN IMMEDIATE
 * transaction that also records the audit entry and bumps the data version; every rule is
 * checked before anything is written. Status changes, reordering and restores: staff-events-status.ts.
 */
export type { Actor, EditFailure, EditResult } from "./staff-events-shared";

/** New events get a random UID that never changes (the seeded ones derive theirs from a key). */
export function newEventUid(): string {
  return `${crypto.randomUUID()}@japan-asean-2023`;
}

function insertEvent(tx: Db, values: NewEvent, audit: { action: "event.create" | "event.duplicate"; actor: Actor; detail?: string; note?: PublicNote }): Event {
  const created = tx.insert(events).values(values).returning().get();
  recordAudit(tx, { at: values.createdAt, userId: audit.actor.userId, action: audit.action, eventId: created.id, before: null, after: eventSnapshot(created), detail: audit.detail, note: audit.note });
  return created;
}

/**
 * Inserts many new events (with the same columns given) and their audit entries through one
 * prepared statement each, inside the caller's transaction: building and preparing a statement
 * per row cost an import of thousands of rows more than writing them.
 */
export function insertEvents(tx: Db, rows: NewEvent[], audit: { action: "event.import"; actor: Actor; detail?: string; batchId?: number }): Event[] {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]) as (keyof NewEvent)[];
  // Instants go in as milliseconds through plain placeholders: a column's encoder would not pass a null (startAt of an all-day event).
  const isInstant = (column: keyof NewEvent) => events[column].columnType === "SQLiteTimestamp";
  const placeholders = columns.map((column) => [column, isInstant(column) ? sql`${sql.placeholder(column)}` : sql.placeholder(column)]);
  const insert = tx.insert(events).values(Object.fromEntries(placeholders) as unknown as NewEvent).returning().prepare();
  const encoded = (row: NewEvent) => Object.fromEntries(columns.map((column) => [column, row[column] instanceof Date ? row[column].getTime() : (row[column] ?? null)]));
  const created = rows.map((row) => insert.get(encoded(row)));
  const at = audit.actor.now ?? new Date();
  recordAudits(tx, created.map((event) => ({ at, userId: audit.actor.userId, action: audit.action, eventId: event.id, before: null, after: eventSnapshot(event), detail: audit.detail, batchId: audit.batchId })));
  return created;
}

/**
 * Creates an event (a draft unless `publish`). A typed slug must be free; an empty one is derived
 * from the title. `note` goes with the entry in the public changelog (lib/changes/).
 */
export function createEvent(input: EventInput, opts: { publish: boolean; actor: Actor; note?: PublicNote }, db: Db = getDb()): EditResult {
  return writeTransaction(db, (tx) => {
    const uid = newEventUid();
    const problems = collectProblems({
      slug: input.slug ? slugProblem(tx, null, input.slug) : null,
      parentId: parentProblem(tx, null, input.parentId),
      programId: programProblem(tx, input.programId),
    });
    if (problems) return { ok: false, code: "invalid", fieldErrors: problems };
    const now = opts.actor.now ?? new Date();
    const event = insertEvent(
      tx,
      {
        ...input,
        uid,
        slug: input.slug ?? firstFreeSlug(tx, slugFromTitle(input.titleEn, uid)),
        status: opts.publish ? "published" : "draft",
        sequence: 0,
        version: 1,
        createdAt: now,
        updatedAt: now,
        updatedBy: opts.actor.userId,
      },
      { action: "event.create", actor: opts.actor, note: opts.note },
    );
    return { ok: true, event, changed: true };
  });
}

/**
 * Saves the form over the event if it is still at `version`. A save over a newer version is a
 * conflict (with what changed since); a save that changes nothing writes nothing.
 */
export function updateEvent(args: { id: number; version: number; input: EventInput; note?: PublicNote }, actor: Actor, db: Db = getDb()): EditResult {
  return writeTransaction(db, (tx) => {
    const current = loadEvent(tx, args.id);
    if (!current) return { ok: false, code: "not_found" };
    if (current.deletedAt) return { ok: false, code: "deleted" };
    const patch = editPatch(current, args.input);
    if (Object.keys(patch).length === 0) return { ok: true, event: current, changed: false };
    const yours = { ...current, ...patch };
    if (current.version !== args.version) return conflictFailure(tx, current, args.version, yours);
    const slugChanged = patch.slug !== undefined;
    const problems = collectProblems({
      slug: !slugChanged ? null : isSlugLocked(current, eventWasEverPublic(current.id, tx)) ? editorError("slugLocked") : slugProblem(tx, current.id, patch.slug!),
      parentId: patch.parentId !== undefined ? parentProblem(tx, current.id, args.input.parentId) : null,
      programId: patch.programId !== undefined ? programProblem(tx, args.input.programId) : null,
    });
    if (problems) return { ok: false, code: "invalid", fieldErrors: problems };
    const updated = writeChange(tx, current, args.version, patch, { action: "event.update", actor, note: args.note });
    if (!updated) return conflictFailure(tx, current, args.version, yours);
    return { ok: true, event: updated, changed: true };
  });
}

export type UpdatePreview = { ok: true; change: PublicChange | null; isPublic: boolean } | { ok: false; code: "not_found" | "deleted" };

/**
 * What saving `input` over the event as it is now would put in the public changelog, writing
 * nothing: the change, or null (with `isPublic` false when the event is not public either way).
 */
export function previewEventUpdate(args: { id: number; input: EventInput }, db: Db = getDb()): UpdatePreview {
  const current = loadEvent(db, args.id);
  if (!current) return { ok: false, code: "not_found" };
  if (current.deletedAt) return { ok: false, code: "deleted" };
  const [before, after] = [eventSnapshot(current), eventSnapshot({ ...current, ...editPatch(current, args.input) })];
  return { ok: true, change: derivePublicChange(before, after), isPublic: isPublicSnapshot(before) || isPublicSnapshot(after) };
}

/** A draft copy of an event (new UID and slug; same content, time and place). */
export function duplicateEvent(id: number, actor: Actor, db: Db = getDb()): EditResult {
  return writeTransaction(db, (tx) => {
    const source = loadEvent(tx, id);
    if (!source) return { ok: false, code: "not_found" };
    // Nothing to copy: its text is gone (and a copy without a title would be no valid event).
    if (isRedacted(source)) return { ok: false, code: "not_allowed" };
    const now = actor.now ?? new Date();
    const { id: _id, uid: _uid, seedKey: _seed, slug, deletedAt: _deleted, ...content } = source;
    const parentId = source.parentId && !parentProblem(tx, null, source.parentId) ? source.parentId : null;
    const event = insertEvent(
      tx,
      {
        ...content,
        uid: newEventUid(),
        slug: firstFreeSlug(tx, duplicateSlugBase(slug)),
        parentId,
        status: "draft",
        cancelReason: "",
        cancelReasonEn: "",
        sequence: 0,
        version: 1,
        createdAt: now,
        updatedAt: now,
        updatedBy: actor.userId,
      },
      { action: "event.duplicate", actor, detail: `#${source.id}` },
    );
    return { ok: true, event, changed: true };
  });
}

export function getStaffEvent(id: number, db: Db = getDb()): Event | undefined {
  return db.select().from(events).where(eq(events.id, id)).get();
}
