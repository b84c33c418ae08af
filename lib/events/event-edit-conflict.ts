import type { AuditEntry } from "@/db/schema";
import { eventSnapshot, snapshotVersion, type EventSnapshot, type SnapshotValue } from "@/lib/audit/event-snapshot";
import { changedFields, CONTENT_FIELDS, EDITABLE_FIELDS, sameValue, type ContentField } from "./event-edit";

/**
 * What to tell an editor whose save was refused because someone saved a newer version first:
 * field by field, what the other person changed (from the version the editor started from to
 * the current one), whether the editor changed the same field, and who saved in between.
 */

/** The part of an audit entry the conflict report needs, with the author's name. */
export type ConflictAuditEntry = Pick<AuditEntry, "at" | "action" | "before" | "after"> & { userName: string | null };

export type ConflictChange = {
  field: ContentField;
  /** Value in the version the editor started from (null when that version is unknown). */
  base: SnapshotValue;
  /** Value now stored. */
  theirs: SnapshotValue;
  /** Value the editor submitted (undefined for fields the form does not edit). */
  yours: SnapshotValue | undefined;
  /** The editor also changed this field: they must choose between the two values. */
  overlap: boolean;
};

export type ConflictReport = {
  baseVersion: number;
  currentVersion: number;
  changes: ConflictChange[];
  editors: { userName: string | null; at: string; action: string }[];
  /** The current row, for showing their whole version (time fields in their zone). */
  current: EventSnapshot;
};

/** Audit entries written after `baseVersion`, oldest first (entries are the log of one event). */
export function entriesSince(entries: ConflictAuditEntry[], baseVersion: number): ConflictAuditEntry[] {
  return entries
    .filter((e) => (snapshotVersion(e.after) ?? 0) > baseVersion)
    .sort((a, b) => (snapshotVersion(a.after) ?? 0) - (snapshotVersion(b.after) ?? 0));
}

export function describeConflict(args: {
  baseVersion: number;
  current: Record<string, unknown>;
  /** What the editor submitted, as stored values (null when the refused action had no form). */
  yours: Record<string, unknown> | null;
  /** This event's audit entries (any order; only those after baseVersion are used). */
  entries: ConflictAuditEntry[];
}): ConflictReport {
  const current = eventSnapshot(args.current);
  const yours = args.yours ? eventSnapshot(args.yours) : null;
  const since = entriesSince(args.entries, args.baseVersion);
  const first = since[0];
  // The version the editor started from is the `before` of the first write after it.
  const base = first && snapshotVersion(first.before) === args.baseVersion ? first.before : null;
  const editable = new Set<string>(EDITABLE_FIELDS);
  const theirFields = base ? changedFields(base, current) : yours ? changedFields(yours, current, EDITABLE_FIELDS) : [];
  const changes = theirFields.map((field): ConflictChange => {
    const yourValue = yours && editable.has(field) ? yours[field] ?? null : undefined;
    const baseValue = base ? base[field] ?? null : null;
    // Both sides moved away from the start, to different values: the editor has to choose.
    const overlap =
      yourValue !== undefined && !sameValue(yourValue, current[field]) && (base === null || !sameValue(yourValue, baseValue));
    return { field, base: baseValue, theirs: current[field] ?? null, yours: yourValue, overlap };
  });
  return {
    baseVersion: args.baseVersion,
    currentVersion: snapshotVersion(current) ?? args.baseVersion,
    changes: changes.filter((c) => (CONTENT_FIELDS as readonly string[]).includes(c.field)),
    editors: since.map((e) => ({ userName: e.userName, at: e.at.toISOString(), action: e.action })),
    current,
  };
}
