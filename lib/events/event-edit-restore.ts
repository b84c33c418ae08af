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
