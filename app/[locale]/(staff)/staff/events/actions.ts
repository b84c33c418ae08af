"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { createEvent, duplicateEvent, getStaffEvent, previewEventUpdate, updateEvent, type EditResult } from "@/db/queries/staff-events";
import { changeEventStatus, moveEvent, redactEvent, restoreEventVersion } from "@/db/queries/staff-events-status";
import { failure, parseForm, staffAction } from "@/lib/actions/staff-action";
import { intentStep, type FormAction } from "@/lib/events/edit-intent";
import { editPatch } from "@/lib/events/event-edit";
import { cancelEventSchema, eventFormIntentSchema, moveEventSchema, redactEventSchema, restoreEventSchema } from "@/lib/validation/event-actions";
import { eventCreateSchema, eventUpdateSchema } from "@/lib/validation/event-input";
import { publicNoteSchema, withPublicNote } from "@/lib/validation/public-note";
import { currentLocale } from "@/i18n/current-locale";
import { localized } from "@/i18n/localized";
import type { Actor } from "@/db/queries/staff-events";
import { previewState } from "./_lib/change-preview";
import { withConflictChoices } from "./_lib/conflict-form";
import { datesQuestion } from "./_lib/dates-question";
import { editFailureState, type EditorActionState } from "./_lib/edit-outcome";

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
 * `saved=1`: the form's changes were saved just before the action.
 */
async function goTo(path: string, done: Done, version: number, savedFirst = false): Promise<never> {
  redirect(`/${await currentLocale()}/staff/events/${path}?done=${done}&v=${version}${savedFirst ? "&saved=1" : ""}`);
}

async function finish(result: EditResult, formData: FormData, page: (id: number) => string, done: Done, savedFirst = false) {
  if (!result.ok) return editFailureState(result, formData);
  if (!result.changed) {
    const t = await getTranslations({ locale: await currentLocale(), namespace: "editor" });
    return { ok: true as const, message: t("form.unchanged") };
  }
  return goTo(page(result.event.id), done, result.event.version, savedFirst);
}

const editPage = (id: number) => `${id}/edit`;

export const createEventAction = staffAction("editor", withPublicNote(eventCreateSchema), async ({ publish, input, note }, { user, formData }) => {
  const prompt = datesQuestion(input, formData, null, publish ? { name: "publish", value: "on" } : null);
  if (prompt) return { ...failure(formData, {}), prompt };
  return finish(createEvent(input, { publish, actor: { userId: user.id }, note }), formData, editPage, publish ? "published" : "created");
});

const DONE: Record<FormAction | "delete", Done> = {
  publish: "published",
  unpublish: "unpublished",
  cancel: "cancelled",
  uncancel: "uncancelled",
  delete: "deleted",
  duplicate: "duplicated",
};

/**
 * Every button of the edit form (lib/events/edit-intent.ts): the whole form comes with each, so
 * typed values are never lost. A status change or a copy acts on the saved event: with unsaved
 * changes in the form it first asks whether to save them; a deletion is always confirmed.
 */
export const editEventAction = staffAction("editor", eventFormIntentSchema, async ({ id, version, intent }, { user, formData: submitted }): Promise<EditorActionState> => {
  const locale = await currentLocale();
  const t = await getTranslations({ locale, namespace: "editor" });
  const actor: Actor = { userId: user.id };
  const current = getStaffEvent(id);
  if (!current) return editFailureState({ ok: false, code: "not_found" }, submitted);
  const formData = withConflictChoices(submitted, current, version);
  const edit = parseForm(withPublicNote(eventUpdateSchema), formData, locale);
  // Unsaved: what the form would change, or (not valid yet) the fields in error. Based on another
  // version, any change is refused as a conflict anyway, with what changed since.
  const unsaved = current.version !== version ? [] : edit.ok ? Object.keys(editPatch(current, edit.data.input)) : Object.keys(edit.fieldErrors);
  const step = intentStep(intent, unsaved.length > 0);
  const label = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}`) : field);

  const notSaved = (errors: { fieldErrors: Record<string, string[]>; formErrors: string[]; status: 400 | 422 }) =>
    failure(formData, { fieldErrors: errors.fieldErrors, formError: errors.formErrors.join(" ") || t("errors.fixFields"), status: errors.status });
  if (step.kind === "keep") return { ...failure(formData, {}), kept: true };
  // "Preview public change": the changelog entry the save would add; nothing is saved.
  if (step.kind === "preview") {
    if (!edit.ok) return notSaved(edit);
    const preview = previewEventUpdate(edit.data);
    return preview.ok ? previewState(preview, edit.data.note, formData, locale) : editFailureState(preview, formData);
  }
  if (step.kind === "ask") {
    const prompt =
      step.question === "delete"
        ? { question: "delete" as const, title: localized(current.titleJa, current.titleEn, locale).text, fields: unsaved.map(label) }
        : { question: "unsaved" as const, action: step.action, fields: unsaved.map(label) };
    return { ...failure(formData, {}), prompt };
  }
  // New dates outside the programs' are asked about before anything is saved.
  const saving = step.kind === "save" || step.saveFirst;
  const datesChanged = edit.ok && ["startDate", "endDate"].some((f) => f in editPatch(current, edit.data.input));
  const datesPrompt = saving && edit.ok && datesChanged ? datesQuestion(edit.data.input, formData, id, { name: "intent", value: intent }) : null;
  if (datesPrompt) return { ...failure(formData, {}), prompt: datesPrompt };
  if (step.kind === "save") return edit.ok ? finish(updateEvent(edit.data, actor), formData, editPage, "saved") : notSaved(edit);
  // The public note goes with the status change (a save first carries none): the change is what the note explains.
  const note = parseForm(publicNoteSchema, formData, locale);
  if (!note.ok) return notSaved(note);

  // A cancellation needs its reason: checked before anything is saved.
  const reason = step.action === "cancel" ? parseForm(cancelEventSchema, formData, locale) : null;
  if (reason && !reason.ok) return { ...failure(formData, { fieldErrors: reason.fieldErrors, status: 422 }), summary: t("actions.notCancelled") };

  let base = version;
  if (step.saveFirst) {
    if (!edit.ok) return notSaved(edit);
    const saved = updateEvent({ ...edit.data, note: undefined }, actor);
    if (!saved.ok) return editFailureState(saved, formData);
    base = saved.event.version;
  }
  const ref = { id, version: base };
  const result =
    step.action === "duplicate"
      ? duplicateEvent(id, actor)
      : changeEventStatus({ ...ref, action: step.action, cancelReason: reason?.ok ? reason.data.cancelReason : undefined, note: note.data.note }, actor);
  const outcome = await finish(result, formData, editPage, DONE[step.action], step.saveFirst);
  // Saved, but the action was refused: the form now stands on the saved version.
  if (!outcome.ok && base !== version) outcome.values.version = String(base);
  return outcome;
});

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
