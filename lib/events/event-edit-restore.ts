import type { Event } from "@/db/schema";
import { CONTENT_FIELDS, sameValue, type EventPatch } from "./event-edit";

/** The part of `target` that differs from `current`: what a restore actually has to write. */
export function editPatchFromPatch(current: Event, target: EventPatch): EventPatch {
  const patch: Record<string, unknown> = {};
  for (const field of CONTENT_FIELDS) {
    if (field in target && !sameValue(current[field], target[field])) patch[field] = target[field];
  }
  return patch as EventPatch;
}

/** The fields of an event's status: kept as they are by a restore unless asked (the confirmation says what restoring them does). */
const STATUS_FIELDS = ["status", "cancelReason", "cancelReasonEn"] as const;

/**
 * What restoring a version writes over `current`: that version's content, alive (a deleted event
 * comes back), with the current status unless `withStatus` (publishing, unpublishing, cancelling
 * or un-cancelling are decisions of their own).
 */
export function restoreTarget(current: Event, version: EventPatch, withStatus: boolean): EventPatch {
  const target: EventPatch = { ...version, deletedAt: null };
  if (!withStatus) for (const field of STATUS_FIELDS) (target as Record<string, unknown>)[field] = current[field];
  return target;
}

export type RestoreStatusEffect = "none" | "publishes" | "unpublishes" | "cancels" | "uncancels";

/** What restoring the version's status too would do to the event's visibility, for the confirmation. */
export function restoreStatusEffect(current: Event["status"], version: Event["status"]): RestoreStatusEffect {
  if (current === version) return "none";
  if (version === "cancelled") return "cancels";
  if (current === "cancelled") return version === "published" ? "uncancels" : "unpublishes";
  return version === "published" ? "publishes" : "unpublishes";
}
