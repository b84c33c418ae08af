import { z } from "zod";
import { checkbox, editorError, multiLineText, requiredId } from "./text-fields";

/** Inputs of the one-button event actions (publish, cancel, reorder, restore…), from the forms and the JSON API. */

export const CANCEL_REASON_MAX = 1000;

/** Names an event and the row version the button was shown for (optimistic locking). */
export const eventRefSchema = z.object({ id: requiredId, version: requiredId });

/** A cancellation's public reason: Japanese (`cancelReason`) and English, one of them at least. */
export const cancelEventFields = eventRefSchema.extend({
  cancelReason: multiLineText({ max: CANCEL_REASON_MAX, tooLong: editorError("reasonTooLong") }).meta({ description: "The reason in Japanese (shown on Japanese pages, and on English ones when no English is given)." }),
  cancelReasonEn: multiLineText({ max: CANCEL_REASON_MAX, tooLong: editorError("reasonTooLong") }).meta({ description: "The reason in English." }),
});

export const cancelEventSchema = cancelEventFields
  .superRefine((v, ctx) => {
    if (v.cancelReason === "" && v.cancelReasonEn === "") ctx.addIssue({ code: "custom", message: editorError("required"), path: ["cancelReason"] });
  })
  .transform(({ cancelReason, cancelReasonEn, ...ref }) => ({ ...ref, cancelReason: { ja: cancelReason, en: cancelReasonEn } }));

export const moveEventSchema = eventRefSchema.extend({
  direction: z.enum(["up", "down"], { error: editorError("invalidChoice") }),
});

/** Restores the event as it was in the `before` snapshot of audit entry `auditId`. */
export const restoreEventSchema = eventRefSchema.extend({ auditId: requiredId.meta({ description: "An entry of the event's history: the event is put back as it was before that change." }) });

/** Removes a deleted event's public text: only with the box ticked (a confirmation that works without JavaScript). */
export const redactEventSchema = eventRefSchema.extend({
  confirm: checkbox.refine((ticked) => ticked, { message: editorError("confirmRequired") }),
});

export type EventRef = z.infer<typeof eventRefSchema>;
export type CancelEventInput = z.infer<typeof cancelEventSchema>;
export type MoveEventInput = z.infer<typeof moveEventSchema>;
export type RestoreEventInput = z.infer<typeof restoreEventSchema>;
