import "server-only";
import { and, asc, eq, isNull, type SQL } from "drizzle-orm";
import { snapshotToPatch, snapshotVersion } from "@/lib/audit/event-snapshot";
import type { PublicNote } from "@/lib/changes/public-change";
import type { EventPatch } from "@/lib/events/event-edit";
import { editPatchFromPatch, restoreTarget } from "@/lib/events/event-edit-restore";
import { isSlugLocked, statusChange, type CancelReason, type StatusAction } from "@/lib/events/event-edit-status";
import { canRedact, isRedacted, redactedSlugBase, redactionPatch } from "@/lib/events/event-redaction";
import { getDb, type Db } from "../client";
import { events, type Event } from "../schema";
import { writeTransaction } from "../transaction";
import { eventWasEverPublic, getEventAuditEntry } from "./audit";
import { conflictFailure, firstFreeSlug, loadEvent, parentProblem, slugProblem, writeChange, type Actor, type EditFailure, type EditResult } from "./staff-events-shared";

/** Staff writes other than the form: status changes, reordering, restoring an earlier version, redaction. */

const STATUS_AUDIT = {
  publish: "event.publish",
  unpublish: "event.unpublish",
  cancel: "event.cancel",
  uncancel: "event.uncancel",
  delete: "event.delete",
} as const;

/** Publish, unpublish, cancel (with a reason), un-cancel or (soft) delete, if still at `version`; `note` is for the public changelog. */
export function changeEventStatus(
  args: { id: number; version: number; action: StatusAction; cancelReason?: CancelReason; note?: PublicNote },
  actor: Actor,
  db: Db = getDb(),
): EditResult {
  return writeTransaction(db, (tx) => {
    const current = loadEvent(tx, args.id);
    if (!current) return { ok: false, code: "not_found" };
    if (current.version !== args.version) return conflictFailure(tx, current, args.version, null);
    if (current.deletedAt) return { ok: false, code: "deleted" };
    const change = statusChange(current, args.action, { now: actor.now ?? new Date(), cancelReason: args.cancelReason });
    if (!change.ok) return { ok: false, code: "not_allowed" };
    const detail = args.action === "cancel" && args.cancelReason ? [args.cancelReason.ja, args.cancelReason.en].filter(Boolean).join(" / ") : undefined;
    const updated = writeChange(tx, current, args.version, change.patch, { action: STATUS_AUDIT[args.action], actor, detail, note: args.note });
    if (!updated) return conflictFailure(tx, current, args.version, null);
    return { ok: true, event: updated, changed: true };
  });
}

/** Siblings whose relative order is decided by sortOrder: same parent and program, same start. */
function reorderGroupCondition(e: Event): SQL {
  const same = <T>(column: Parameters<typeof eq>[0], value: T) => (value === null ? isNull(column) : eq(column, value));
  return and(
    same(events.parentId, e.parentId),
    same(events.programId, e.programId),
    eq(events.startDate, e.startDate),
    same(events.startAt, e.startAt),
    isNull(events.deletedAt),
  )!;
}

export function listReorderGroup(event: Event, db: Db = getDb()): Event[] {
  return db.select().from(events).where(reorderGroupCondition(event)).orderBy(asc(events.sortOrder), asc(events.id)).all();
}

/**
 * Moves an itinerary item one place up or down among the items shown at the same time under the
 * same phase (public lists sort by date first, then by this order). Both rows are rewritten with
 * fresh versions and audit entries.
 */
export function moveEvent(args: { id: number; version: number; direction: "up" | "down" }, actor: Actor, db: Db = getDb()): EditResult {
  return writeTransaction(db, (tx) => {
    const current = loadEvent(tx, args.id);
    if (!current) return { ok: false, code: "not_found" };
    if (current.version !== args.version) return conflictFailure(tx, current, args.version, null);
    if (current.deletedAt) return { ok: false, code: "deleted" };
    const group = listReorderGroup(current, tx);
    const index = group.findIndex((e) => e.id === current.id);
    const otherIndex = args.direction === "up" ? index - 1 : index + 1;
    if (index < 0 || otherIndex < 0 || otherIndex >= group.length) return { ok: false, code: "not_allowed" };
    const targets = new Map<number, number>();
    const [a, b] = [group[index], group[otherIndex]];
    if (new Set(group.map((e) => e.sortOrder)).size === group.length) {
      // Distinct positions: the two rows swap theirs.
      targets.set(a.id, b.sortOrder).set(b.id, a.sortOrder);
    } else {
      // Ties (new rows start at 0): renumber the whole group above its current maximum, so that
      // every row, and in particular both moved ones, gets a new value.
      const order = group.map((e) => e.id);
      [order[index], order[otherIndex]] = [order[otherIndex], order[index]];
      const max = Math.max(...group.map((e) => e.sortOrder));
      order.forEach((id, position) => targets.set(id, max + (position + 1) * 10));
    }
    let moved: Event = current;
    for (const row of group) {
      const sortOrder = targets.get(row.id);
      if (sortOrder === undefined || sortOrder === row.sortOrder) continue;
      const written = writeChange(tx, row, row.version, { sortOrder }, { action: "event.reorder", actor, detail: row.id === current.id ? args.direction : `#${current.id} ${args.direction}` });
      if (!written) throw new Error(`Event ${row.id} changed inside a write transaction`);
      if (row.id === current.id) moved = written;
    }
    return { ok: true, event: moved, changed: true };
  });
}

/**
 * Restoring version N of an event, planned against its current row: the version's content (from
 * the audit entry that wrote it) with the current status unless `withStatus`, as a patch. The UID
 * never changes; the slug stays when the event has been public or when another event now uses the
 * old one; a parent that no longer exists is dropped. Refused for a redacted event (final), and
 * for a version in which the event was deleted (nothing to bring back).
 */
function restorePlan(tx: Db, current: Event, auditId: number, withStatus: boolean): { ok: true; patch: EventPatch; version: number } | EditFailure {
  const entry = getEventAuditEntry(auditId, tx);
  if (!entry || entry.entityId !== current.id || !entry.after) return { ok: false, code: "not_found" };
  // A redaction is final: restoring a version from before it would publish the removed text again.
  if (isRedacted(current) || entry.after.deletedAt) return { ok: false, code: "not_allowed" };
  const restored = restoreTarget(current, snapshotToPatch(entry.after), withStatus);
  const keepSlug = restored.slug === undefined || isSlugLocked(current, eventWasEverPublic(current.id, tx)) || slugProblem(tx, current.id, restored.slug) !== null;
  const keepParent = restored.parentId !== undefined && restored.parentId !== null && parentProblem(tx, current.id, restored.parentId) !== null;
  const patch = editPatchFromPatch(current, { ...restored, ...(keepSlug ? { slug: current.slug } : {}), ...(keepParent ? { parentId: null } : {}) });
  return { ok: true, patch, version: snapshotVersion(entry.after) ?? 0 };
}

/** What restoring would change (read only), for the confirmation page. */
export function previewRestore(args: { id: number; auditId: number; withStatus: boolean }, db: Db = getDb()) {
  const current = loadEvent(db, args.id);
  if (!current) return { ok: false as const, code: "not_found" as const };
  const plan = restorePlan(db, current, args.auditId, args.withStatus);
  return plan.ok ? { ...plan, current } : plan;
}

/** Puts the event back as it was in the version audit entry `auditId` wrote, as a new recorded change (restorePlan). */
export function restoreEventVersion(args: { id: number; version: number; auditId: number; withStatus: boolean }, actor: Actor, db: Db = getDb()): EditResult {
  return writeTransaction(db, (tx) => {
    const current = loadEvent(tx, args.id);
    if (!current) return { ok: false, code: "not_found" };
    if (current.version !== args.version) return conflictFailure(tx, current, args.version, null);
    const plan = restorePlan(tx, current, args.auditId, args.withStatus);
    if (!plan.ok) return plan;
    if (Object.keys(plan.patch).length === 0) return { ok: true, event: current, changed: false };
    const updated = writeChange(tx, current, args.version, plan.patch, { action: "event.restore", actor, detail: String(plan.version) });
    if (!updated) return conflictFailure(tx, current, args.version, null);
    return { ok: true, event: updated, changed: true };
  });
}

/**
 * Removes the public text of a deleted event (lib/events/event-redaction.ts), if still at
 * `version`: feeds keep only its UID, dates and "Cancelled". Recorded as event.redact.
 */
export function redactEvent(args: { id: number; version: number }, actor: Actor, db: Db = getDb()): EditResult {
  return writeTransaction(db, (tx) => {
    const current = loadEvent(tx, args.id);
    if (!current) return { ok: false, code: "not_found" };
    if (current.version !== args.version) return conflictFailure(tx, current, args.version, null);
    if (!canRedact(current)) return { ok: false, code: "not_allowed" };
    const patch = redactionPatch(firstFreeSlug(tx, redactedSlugBase(current)));
    const updated = writeChange(tx, current, args.version, patch, { action: "event.redact", actor });
    if (!updated) return conflictFailure(tx, current, args.version, null);
    return { ok: true, event: updated, changed: true };
  });
}
