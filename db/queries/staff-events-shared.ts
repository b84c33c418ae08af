import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { eventSnapshot } from "@/lib/audit/event-snapshot";
import type { EventAuditAction } from "@/lib/audit/event-audit-actions";
import type { PublicNote } from "@/lib/changes/public-change";
import { applyEventPatch, type EventPatch } from "@/lib/events/event-edit";
import { describeConflict, type ConflictReport } from "@/lib/events/event-edit-conflict";
import { slugCandidate } from "@/lib/events/event-edit-slug";
import type { ErrorCode } from "@/lib/errors";
import { editorError } from "@/lib/validation/text-fields";
import type { Db } from "../client";
import { events, programs, type Event } from "../schema";
import { eventAuditSince, recordAudit } from "./audit";

/** Helpers shared by the staff event writes: loading, rule checks, and the one way a change is written. */

/** Who writes: a staff member, or null for the system (data migrations of seeded rows). */
export type Actor = { userId: number | null; now?: Date };

export type EditFailure =
  | { ok: false; code: "not_found" }
  | { ok: false; code: "deleted" }
  | { ok: false; code: "not_allowed" }
  | { ok: false; code: "conflict"; conflict: ConflictReport }
  | { ok: false; code: "invalid"; fieldErrors: Record<string, ErrorCode[]> };

export type EditResult = { ok: true; event: Event; changed: boolean } | EditFailure;

export function loadEvent(tx: Db, id: number): Event | undefined {
  return tx.select().from(events).where(eq(events.id, id)).get();
}

/** The refusal for a write based on an older row version, with what changed since then. */
export function conflictFailure(tx: Db, current: Event, baseVersion: number, yours: Record<string, unknown> | null): EditFailure {
  const entries = eventAuditSince(current.id, baseVersion, tx).map((e) => ({ ...e, userName: e.userName || e.userEmail }));
  return { ok: false, code: "conflict", conflict: describeConflict({ baseVersion, current, yours, entries }) };
}

/** An error code when `slug` belongs to another event (deleted ones too: their URLs and UIDs live on). */
export function slugProblem(tx: Db, eventId: number | null, slug: string): ErrorCode | null {
  const other = tx
    .select({ id: events.id })
    .from(events)
    .where(eventId === null ? eq(events.slug, slug) : and(eq(events.slug, slug), ne(events.id, eventId)))
    .get();
  return other ? editorError("slugTaken") : null;
}

/** `base`, or `base-2`, `base-3`… (slugCandidate): the first slug no event uses. */
export function firstFreeSlug(tx: Db, base: string): string {
  for (let attempt = 1; ; attempt++) {
    const candidate = slugCandidate(base, attempt);
    if (!slugProblem(tx, null, candidate)) return candidate;
  }
}

const MAX_DEPTH = 20;

/** An error code when `parentId` is not a live event, or is the event itself or one of its descendants. */
export function parentProblem(tx: Db, eventId: number | null, parentId: number | null): ErrorCode | null {
  if (parentId === null) return null;
  if (parentId === eventId) return editorError("parentCycle");
  let cursor: number | null = parentId;
  for (let depth = 0; cursor !== null; depth++) {
    const row = tx.select({ id: events.id, parentId: events.parentId, deletedAt: events.deletedAt }).from(events).where(eq(events.id, cursor)).get();
    if (!row || (cursor === parentId && row.deletedAt)) return editorError("parentNotFound");
    if (row.parentId === eventId && eventId !== null) return editorError("parentCycle");
    if (depth > MAX_DEPTH) return editorError("parentCycle");
    cursor = row.parentId;
  }
  return null;
}

export function programProblem(tx: Db, programId: number | null): ErrorCode | null {
  if (programId === null) return null;
  return tx.select({ id: programs.id }).from(programs).where(eq(programs.id, programId)).get() ? null : editorError("programNotFound");
}

/** Field errors from named checks (null = fine), or null when all pass. */
export function collectProblems(checks: Record<string, ErrorCode | null>): Record<string, ErrorCode[]> | null {
  const entries = Object.entries(checks).filter((e): e is [string, ErrorCode] => e[1] !== null);
  return entries.length ? Object.fromEntries(entries.map(([field, key]) => [field, [key]])) : null;
}

/**
 * Writes `patch` over `current` if the row is still at `expectedVersion` (UPDATE … WHERE version),
 * with SEQUENCE/version/updatedAt/By, the audit entry and the data-version bump in the same
 * transaction. Returns null when another write got there first (0 rows).
 */
export function writeChange(
  tx: Db,
  current: Event,
  expectedVersion: number,
  patch: EventPatch,
  audit: { action: EventAuditAction; actor: Actor; detail?: string; note?: PublicNote; batchId?: number },
): Event | null {
  const now = audit.actor.now ?? new Date();
  const values = applyEventPatch(current, patch, { userId: audit.actor.userId, now });
  const updated = tx
    .update(events)
    .set(values)
    .where(and(eq(events.id, current.id), eq(events.version, expectedVersion)))
    .returning()
    .get();
  if (!updated) return null;
  recordAudit(tx, {
    at: now,
    userId: audit.actor.userId,
    action: audit.action,
    eventId: current.id,
    before: eventSnapshot(current),
    after: eventSnapshot(updated),
    detail: audit.detail,
    note: audit.note,
    batchId: audit.batchId,
  });
  return updated;
}
