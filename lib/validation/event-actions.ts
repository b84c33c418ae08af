import { z } from "zod";
import { checkbox, editorError, multiLineText, requiredId } from "./text-fields";

/** Inputs of the one-button event actions (publish, cancel, reorder, restore…). */

export const CANCEL_REASON_MAX = 1000;

/** Names an event and the row version the button was shown for (optimistic locking). */
export const eventRefSchema = z.object({ id: requiredId, version: requiredId });

export const cancelEventSchema = eventRefSchema.extend({
  cancelReason: multiLineText({ max: CANCEL_REASON_MAX, tooLong: editorError("reasonTooLong"), required: true }),
});

export const moveEventSchema = eventRefSchema.extend({
  direction: z.enum(["up", "down"], { error: editorError("invalidChoice") }),
});

/** Restores the event as it was in the `before` snapshot of audit entry `auditId`. */
export const restoreEventSchema = eventRefSchema.extend({ auditId: requiredId });

/** Removes a deleted event's public text: only with the box ticked (a confirmation that works without JavaScript). */
export const redactEventSchema = eventRefSchema.extend({
  confirm: checkbox.refine((ticked) => ticked, { message: editorError("confirmRequired") }),
});

export type EventRef = z.infer<typeof eventRefSchema>;
export type CancelEventInput = z.infer<typeof cancelEventSchema>;
export type MoveEventInput = z.infer<typeof moveEventSchema>;
export type RestoreEventInput = z.infer<typeof restoreEventSchema>;
