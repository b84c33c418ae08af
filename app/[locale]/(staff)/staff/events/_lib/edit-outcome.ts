import { getTranslations } from "next-intl/server";
import { failure, type ActionFailure } from "@/lib/actions/staff-action";
import type { EditFailure } from "@/db/queries/staff-events";
import type { FormAction } from "@/lib/events/edit-intent";
import { currentLocale } from "@/i18n/current-locale";
import { errorTranslator } from "@/i18n/error-messages";
import { snapshotEvent } from "@/lib/audit/event-snapshot";
import { groupFields } from "@/lib/events/conflict-choices";
import { eventFormValues } from "@/lib/events/event-edit-form-values";
import type { ChangePreviewView } from "./change-preview";
import { conflictView, type ConflictView } from "./conflict-view";

/** A question the edit form asks before acting (lib/events/edit-intent.ts), with the labels of the unsaved fields. */
export type FormPrompt =
  | { question: "unsaved"; action: FormAction; fields: string[] }
  | { question: "delete"; title: string; fields: string[] }
  | { question: "dates"; key: string; start: string; end: string; first: string; last: string; resubmit: { name: string; value: string } | null; fields: string[] };

/**
 * The state the event forms receive: staffAction's, plus a conflict report when a save was refused,
 * a question to answer (`prompt`), the input kept after a question was dismissed (`kept`), the
 * heading of the error summary when it is not "The event was not saved" (`summary`), or the public
 * change a save would make (`preview`, with what was typed: nothing was saved).
 */
export type EditorActionState =
  | (ActionFailure & { conflict?: ConflictView; prompt?: FormPrompt; kept?: true; summary?: string })
  | { ok: true; message?: string; preview?: ChangePreviewView; values?: Record<string, string> };

/**
 * Turns a refused write into the form's state: messages translated, the user's input kept, and for
 * a conflict the report plus the form's version moved to the current one, so that saving again
 * after merging is a deliberate second submit.
 */
export async function editFailureState(result: EditFailure, formData: FormData): Promise<EditorActionState> {
  const locale = await currentLocale();
  const translate = errorTranslator(locale);
  switch (result.code) {
    case "conflict": {
      const t = await getTranslations({ locale, namespace: "editor" });
      const state = failure(formData, { formError: t("conflict.title"), status: 409 });
      state.values.version = String(result.conflict.currentVersion);
      // A refused form save offers a choice per field; the form starts with their value where only they changed it.
      const isFormSave = result.conflict.changes.some((c) => c.yours !== undefined);
      const forms = isFormSave ? { mine: { ...state.values }, theirs: stringValues(eventFormValues(snapshotEvent(result.conflict.current))) } : null;
      const conflict = conflictView(result.conflict, locale, t, forms);
      for (const row of conflict.rows) {
        if (row.group && row.firstOfGroup && row.choice === "theirs") for (const f of groupFields(row.group)) state.values[f] = forms!.theirs[f] ?? "";
      }
      return { ...state, conflict };
    }
    case "invalid": {
      const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors).map(([field, codes]) => [field, codes.map((code) => translate(code))]));
      return failure(formData, { formError: translate("editor.errors.fixFields"), fieldErrors, status: 422 });
    }
    case "not_found":
      return failure(formData, { formError: translate("editor.errors.notFound"), status: 400 });
    case "deleted":
      return failure(formData, { formError: translate("editor.errors.deleted"), status: 409 });
    case "not_allowed":
      return failure(formData, { formError: translate("editor.errors.notAllowed"), status: 409 });
  }
}

function stringValues(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? ""]));
}
