import type { Event } from "@/db/schema";
import { cancelReasonOfOneLanguage } from "@/lib/events/cancel-reason";
import { CONTENT_FIELDS, type EventPatch } from "@/lib/events/event-edit";

/**
 * An event row as stored in audit_log.before/after: every column, instants as ISO strings.
 * The log is staff-only, so the private note is kept too (a restore must bring it back).
 */
export type SnapshotValue = string | number | boolean | null;
export type EventSnapshot = Record<string, SnapshotValue>;

const INSTANT_FIELDS = new Set(["startAt", "endAt", "deletedAt", "createdAt", "updatedAt"]);

export function snapshotValue(value: unknown): SnapshotValue {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value as SnapshotValue;
}

export function eventSnapshot(row: Event | Record<string, unknown>): EventSnapshot {
  const snapshot: EventSnapshot = {};
  for (const [key, value] of Object.entries(row)) snapshot[key] = snapshotValue(value);
  return snapshot;
}

function instant(value: SnapshotValue | undefined): Date | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The content of a snapshot as a patch (instants back to Dates), for restoring that version. */
export function snapshotToPatch(snapshot: EventSnapshot): EventPatch {
  const patch: Record<string, unknown> = {};
  for (const field of CONTENT_FIELDS) {
    if (!(field in snapshot)) continue;
    patch[field] = INSTANT_FIELDS.has(field) ? instant(snapshot[field]) : snapshot[field];
  }
  return patch as EventPatch;
}

/** A snapshot read back as a row (instants as Dates), to show it as the form would (eventFormValues). */
export function snapshotEvent(snapshot: EventSnapshot): Event {
  const instants = Object.fromEntries([...INSTANT_FIELDS].map((f) => [f, instant(snapshot[f])]));
  return { ...snapshot, ...instants } as unknown as Event;
}

/**
 * A snapshot as the current columns name its values: one written before the cancel reason was
 * bilingual holds `cancelReason`, read as the column of its language (as drizzle/0008 moved it).
 */
export function upgradeSnapshot(snapshot: EventSnapshot | null): EventSnapshot | null {
  if (!snapshot || !("cancelReason" in snapshot) || "cancelReasonEn" in snapshot) return snapshot;
  const { cancelReason, ...rest } = snapshot;
  return { ...rest, ...cancelReasonOfOneLanguage(typeof cancelReason === "string" ? cancelReason : "") };
}

/** The row version a snapshot records, or null when it has none. */
export function snapshotVersion(snapshot: EventSnapshot | null | undefined): number | null {
  const v = snapshot?.version;
  return typeof v === "number" ? v : null;
}
