import "server-only";
import type { UpdatePreview } from "@/db/queries/staff-events";
import { formValues } from "@/lib/actions/form-data";
import { type ChangeFact, changeFacts, changeTitle, noteText } from "@/lib/changes/change-text";
import type { PublicNote } from "@/lib/changes/public-change";
import type { LocalizedText } from "@/i18n/localized";
import type { AppLocale } from "@/i18n/routing";
import type { EditorActionState } from "./edit-outcome";

/** What the editor shows before a save: the changelog entry the save would add, or why it adds none. */
export type ChangePreviewView =
  | { kind: "entry"; title: LocalizedText; facts: ChangeFact[]; note: LocalizedText | null }
  | { kind: "none" }
  | { kind: "notPublic" };

/** The form's state after "Preview public change": the preview, in `locale`, and what was typed (nothing is saved). */
export function previewState(preview: Extract<UpdatePreview, { ok: true }>, note: PublicNote, formData: FormData, locale: AppLocale): EditorActionState {
  const view: ChangePreviewView = preview.change
    ? { kind: "entry", title: changeTitle(preview.change, locale), facts: changeFacts(preview.change, locale), note: noteText(note, locale) }
    : { kind: preview.isPublic ? "none" : "notPublic" };
  const { intent: _intent, ...values } = formValues(formData);
  return { ok: true, preview: view, values };
}
