import { z } from "zod";
import { EVENT_FORM_INTENTS } from "@/lib/events/edit-intent";
import { checkbox, editorError, multiLineText, requiredId } from "./text-fields";

/** Inputs of the one-button event actions (publish, cancel, reorder, restore…). */

export const CANCEL_REASON_MAX = 1000;

/** Names an event and the row version the button was shown for (optimistic locking). */
export const eventRefSchema = z.object({ id: requiredId, version: requiredId });

const reason = multiLineText({ max: CANCEL_REASON_MAX, tooLong: editorError("reasonTooLong") });

/** A cancellation says why, publicly, in at least one language (the other page then shows that one). */
export const cancelEventSchema = eventRefSchema
  .extend({ cancelReason: reason, cancelReasonEn: reason })
  .superRefine((v, ctx) => {
    if (typeof v !== "object" || v === null || v.cancelReason !== "" || v.cancelReasonEn !== "") return;
    for (const path of ["cancelReason", "cancelReasonEn"]) ctx.addIssue({ code: "custom", message: editorError("reasonRequired"), path: [path] });
  });

/** The edit form's buttons (lib/events/edit-intent.ts): which one was pressed, on which event and version. */
export const eventFormIntentSchema = eventRefSchema.extend({
  intent: z.enum(EVENT_FORM_INTENTS, { error: editorError("invalidChoice") }),
});

export const moveEventSchema = eventRefSchema.extend({
  direction: z.enum(["up", "down"], { error: editorError("invalidChoice") }),
});

/**
 * Restores the version audit entry `auditId` wrote; its status too only when asked ("version"):
 * by default the event keeps its current status.
 */
export const restoreEventSchema = eventRefSchema
  .extend({ auditId: requiredId, status: z.enum(["keep", "version"], { error: editorError("invalidChoice") }).default("keep") })
  .transform(({ status, ...rest }) => ({ ...rest, withStatus: status === "version" }));

/** Removes a deleted event's public text: only with the box ticked (a confirmation that works without JavaScript). */
export const redactEventSchema = eventRefSchema.extend({
  confirm: checkbox.refine((ticked) => ticked, { message: editorError("confirmRequired") }),
});

export type EventRef = z.infer<typeof eventRefSchema>;
export type CancelEventInput = z.infer<typeof cancelEventSchema>;
export type MoveEventInput = z.infer<typeof moveEventSchema>;
export type RestoreEventInput = z.infer<typeof restoreEventSchema>;
