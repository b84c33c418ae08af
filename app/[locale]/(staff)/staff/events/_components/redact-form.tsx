"use client";

import { useTranslations } from "next-intl";
import type { EditorActionState } from "../_lib/edit-outcome";
import { ActionButtonForm } from "./action-button-form";
import { CheckboxField } from "./editor-field";

type Action = (previous: EditorActionState | null, formData: FormData) => Promise<EditorActionState>;

/** Admins only, on a deleted event: remove its public text. The box is the confirmation, checked on the server. */
export function RedactForm({ id, version, action }: { id: number; version: number; action: Action }) {
  const t = useTranslations("editor.actions");
  return (
    <ActionButtonForm action={action} hidden={{ id, version }} label={t("redact")} variant="danger" labels={{ confirm: t("redactConfirm") }}>
      {(failed) => (
        <CheckboxField name="confirm" label={t("redactConfirm")} hint={t("redactHint")} errors={failed?.fieldErrors.confirm} />
      )}
    </ActionButtonForm>
  );
}
