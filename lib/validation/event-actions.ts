import { z } from "zod";
import { EVENT_FORM_INTENTS } from "@/lib/events/edit-intent";
import { checkbox, editorError, multiLineText, requiredId } from "./text-fields";

/** Inputs of the one-button event actions (publish, cancel, reorder, restore…), from the forms and the JSON API. */

export const CANCEL_REASON_MAX = 1000;

/** Names an event and the row version the button was shown for (optimistic locking). */
export const eventRefSchema = z.object({ id: requiredId, version: requiredId });

/** A cancellation's public reason: Japanese (`cancelReason`) and English, one of them at least (the other page then shows that one). */
export const cancelEventFields = eventRefSchema.extend({
  cancelReason: multiLineText({ max: CANCEL_REASON_MAX, tooLong: editorError("reasonTooLong") }).meta({ description: "The reason in Japanese (shown on Japanese pages, and on English ones when no English is given)." }),
  cancelReasonEn: multiLineText({ max: CANCEL_REASON_MAX, tooLong: editorError("reasonTooLong") }).meta({ description: "The reason in English." }),
});

export const cancelEventSchema = cancelEventFields
  .superRefine((v, ctx) => {
    if (v.cancelReason !== "" || v.cancelReasonEn !== "") return;
    for (const path of ["cancelReason", "cancelReasonEn"]) ctx.addIssue({ code: "custom", message: editorError("reasonRequired"), path: [path] });
  })
  .transform(({ cancelReason, cancelReasonEn, ...ref }) => ({ ...ref, cancelReason: { ja: cancelReason, en: cancelReasonEn } }));

export const moveEventSchema = eventRefSchema.extend({
  direction: z.enum(["up", "down"], { error: editorError("invalidChoice") }),
});

/** The edit form's buttons (lib/events/edit-intent.ts): which one was pressed, on which event and version. */
export const eventFormIntentSchema = eventRefSchema.extend({
  intent: z.enum(EVENT_FORM_INTENTS, { error: editorError("invalidChoice") }),
});

/**
 * Restores the version audit entry `auditId` wrote; its status too only when asked ("version"):
 * by default the event keeps its current status.
 */
export const restoreEventFields = eventRefSchema.extend({
  auditId: requiredId.meta({ description: "An entry of the event's history: the event is put back as that entry left it." }),
  status: z.enum(["keep", "version"], { error: editorError("invalidChoice") }).default("keep").meta({ description: "keep: the event keeps its current status (default); version: the status of that version too." }),
});

export const restoreEventSchema = restoreEventFields.transform(({ status, ...rest }) => ({ ...rest, withStatus: status === "version" }));

/** Removes a deleted event's public text: only with the box ticked (a confirmation that works without JavaScript). */
export const redactEventSchema = eventRefSchema.extend({
  confirm: checkbox.refine((ticked) => ticked, { message: editorError("confirmRequired") }),
});

export type EventRef = z.infer<typeof eventRefSchema>;
export type CancelEventInput = z.infer<typeof cancelEventSchema>;
export type MoveEventInput = z.infer<typeof moveEventSchema>;
export type RestoreEventInput = z.infer<typeof restoreEventSchema>;
