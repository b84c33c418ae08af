import { getTranslations } from "next-intl/server";
import { failure, type ActionFailure } from "@/lib/actions/staff-action";
import type { EditFailure } from "@/db/queries/staff-events";
import { currentLocale } from "@/i18n/current-locale";
import { errorTranslator } from "@/i18n/error-messages";
import type { ChangePreviewView } from "./change-preview";
import { conflictView, type ConflictView } from "./conflict-view";

/**
 * The state the event forms receive: staffAction's, plus a conflict report when a save was refused,
 * or the public change a save would make (with what was typed: nothing was saved).
 */
export type EditorActionState =
  | (ActionFailure & { conflict?: ConflictView })
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
      return { ...state, conflict: conflictView(result.conflict, locale, t) };
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
