"use client";

import { useTranslations } from "next-intl";
import type { StatusAction } from "@/lib/events/event-edit-status";
import type { EditorActionState } from "../_lib/edit-outcome";
import { ActionButtonForm } from "./action-button-form";
import { TextAreaField } from "./editor-field";
import { PublicNoteFields } from "./public-note-fields";

type Action = (previous: EditorActionState | null, formData: FormData) => Promise<EditorActionState>;

type Props = {
  id: number;
  version: number;
  allowed: StatusAction[];
  actions: { publish: Action; unpublish: Action; cancel: Action; uncancel: Action; delete: Action; duplicate: Action };
};

/** The status buttons allowed for the event's current status, plus duplicate. */
export function StatusActions({ id, version, allowed, actions }: Props) {
  const t = useTranslations("editor");
  const hidden = { id, version };
  const noteLabels = { publicNoteJa: t("fields.publicNoteJa"), publicNoteEn: t("fields.publicNoteEn") };
  return (
    <>
      {allowed.includes("publish") && <ActionButtonForm action={actions.publish} hidden={hidden} label={t("actions.publish")} variant="primary" hint={t("actions.publishHint")} />}
      {allowed.includes("uncancel") && <ActionButtonForm action={actions.uncancel} hidden={hidden} label={t("actions.uncancel")} variant="primary" />}
      {allowed.includes("cancel") && (
        <ActionButtonForm action={actions.cancel} hidden={hidden} label={t("actions.cancel")} variant="danger" labels={{ cancelReason: t("actions.cancelReason"), ...noteLabels }}>
          {(failed) => (
            <>
              <TextAreaField
                name="cancelReason"
                label={t("actions.cancelReason")}
                required
                requiredLabel={t("form.required")}
                rows={2}
                errors={failed?.fieldErrors.cancelReason}
                defaultValue={failed?.values.cancelReason}
              />
              <PublicNoteFields idPrefix="cancel" values={failed?.values} errors={failed?.fieldErrors} />
            </>
          )}
        </ActionButtonForm>
      )}
      {allowed.includes("unpublish") && (
        <ActionButtonForm action={actions.unpublish} hidden={hidden} label={t("actions.unpublish")} hint={t("actions.unpublishHint")} labels={noteLabels}>
          {(failed) => <PublicNoteFields idPrefix="unpublish" values={failed?.values} errors={failed?.fieldErrors} />}
        </ActionButtonForm>
      )}
      {allowed.includes("delete") && (
        <ActionButtonForm action={actions.delete} hidden={hidden} label={t("actions.delete")} variant="danger" hint={t("actions.deleteHint")} labels={noteLabels}>
          {(failed) => <PublicNoteFields idPrefix="delete" values={failed?.values} errors={failed?.fieldErrors} />}
        </ActionButtonForm>
      )}
      <ActionButtonForm action={actions.duplicate} hidden={hidden} label={t("actions.duplicate")} />
    </>
  );
}
