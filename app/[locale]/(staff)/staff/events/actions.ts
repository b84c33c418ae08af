"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { createEvent, duplicateEvent, previewEventUpdate, updateEvent, type EditResult } from "@/db/queries/staff-events";
import { changeEventStatus, moveEvent, redactEvent, restoreEventVersion } from "@/db/queries/staff-events-status";
import { staffAction } from "@/lib/actions/staff-action";
import type { StatusAction } from "@/lib/events/event-edit-status";
import { cancelEventSchema, eventRefSchema, moveEventSchema, redactEventSchema, restoreEventSchema } from "@/lib/validation/event-actions";
import { eventCreateSchema, eventUpdateSchema } from "@/lib/validation/event-input";
import { withPublicNote } from "@/lib/validation/public-note";
import { currentLocale } from "@/i18n/current-locale";
import { previewState } from "./_lib/change-preview";
import { editFailureState } from "./_lib/edit-outcome";

/**
 * Staff event actions. Each goes through staffAction (session and role re-checked on the server,
 * input parsed with the shared zod schema); db/queries/staff-events* check versions and rules
 * and write with the audit entry. After a write the browser is sent to a fresh page (works
 * without JavaScript). The write moves the data version, so the public pages and feeds cached for
 * the old one are generated afresh on their next request (docs/CACHING.md). Saves and status
 * changes take an optional bilingual note for the public changelog (lib/validation/public-note.ts).
 */

type Done = "created" | "saved" | "published" | "unpublished" | "cancelled" | "uncancelled" | "deleted" | "duplicated" | "restored" | "moved" | "redacted";

/**
 * `v` names the version just written: the pages key their forms on it, so a successful action
 * starts fresh forms, while a refresh of the same page (after a refused save) keeps the user's input.
 */
async function goTo(path: string, done: Done, version: number): Promise<never> {
  redirect(`/${await currentLocale()}/staff/events/${path}?done=${done}&v=${version}`);
}

async function finish(result: EditResult, formData: FormData, page: (id: number) => string, done: Done) {
  if (!result.ok) return editFailureState(result, formData);
  if (!result.changed) {
    const t = await getTranslations({ locale: await currentLocale(), namespace: "editor" });
    return { ok: true as const, message: t("form.unchanged") };
  }
  return goTo(page(result.event.id), done, result.event.version);
}

const editPage = (id: number) => `${id}/edit`;

export const createEventAction = staffAction("editor", withPublicNote(eventCreateSchema), async ({ publish, input, note }, { user, formData }) =>
  finish(createEvent(input, { publish, actor: { userId: user.id }, note }), formData, editPage, publish ? "published" : "created"),
);

/** Saves; or, with the "preview" button (intent=preview), shows the public changelog entry the save would add, saving nothing. */
export const updateEventAction = staffAction("editor", withPublicNote(eventUpdateSchema), async ({ note, ...args }, { user, formData }) => {
  if (formData.get("intent") === "preview") {
    const preview = previewEventUpdate(args);
    return preview.ok ? previewState(preview, note, formData, await currentLocale()) : editFailureState(preview, formData);
  }
  return finish(updateEvent({ ...args, note }, { userId: user.id }), formData, editPage, "saved");
});

export const duplicateEventAction = staffAction("editor", eventRefSchema, async ({ id }, { user, formData }) =>
  finish(duplicateEvent(id, { userId: user.id }), formData, editPage, "duplicated"),
);

function statusAction(action: Exclude<StatusAction, "cancel">, done: Done) {
  return staffAction("editor", withPublicNote(eventRefSchema), async ({ note, ...ref }, { user, formData }) =>
    finish(changeEventStatus({ ...ref, action, note }, { userId: user.id }), formData, editPage, done),
  );
}

export const publishEventAction = statusAction("publish", "published");
export const unpublishEventAction = statusAction("unpublish", "unpublished");
export const uncancelEventAction = statusAction("uncancel", "uncancelled");
export const deleteEventAction = statusAction("delete", "deleted");

export const cancelEventAction = staffAction("editor", withPublicNote(cancelEventSchema), async ({ cancelReason, note, ...ref }, { user, formData }) =>
  finish(changeEventStatus({ ...ref, action: "cancel", cancelReason, note }, { userId: user.id }), formData, editPage, "cancelled"),
);

export const restoreEventAction = staffAction("editor", restoreEventSchema, async (args, { user, formData }) =>
  finish(restoreEventVersion(args, { userId: user.id }), formData, (id) => `${id}/history`, "restored"),
);

/** Admins only: removes a deleted event's public text from the feeds (db/queries/staff-events-status.ts redactEvent). */
export const redactEventAction = staffAction("admin", redactEventSchema, async (ref, { user, formData }) =>
  finish(redactEvent(ref, { userId: user.id }), formData, editPage, "redacted"),
);

/** After a move, back to the phase's edit page, where the items are listed. */
export const moveEventAction = staffAction("editor", moveEventSchema, async (args, { user, formData }) => {
  const result = moveEvent(args, { userId: user.id });
  if (!result.ok) return editFailureState(result, formData);
  return goTo(`${result.event.parentId ?? result.event.id}/edit`, "moved", result.event.version);
});
