"use client";

import { useTranslations } from "next-intl";
import type { EditorActionState } from "../_lib/edit-outcome";
import { ActionButtonForm } from "./action-button-form";
import styles from "./editor.module.css";

type Action = (previous: EditorActionState | null, formData: FormData) => Promise<EditorActionState>;

type Props = {
  action: Action;
  hidden: Record<string, number>;
  version: number;
  /** When the version's status differs from the current one: both, and what restoring it does. */
  status: { current: string; restored: string; effect: string } | null;
};

/** The restore button, with the status choice: the current status is kept unless the editor picks the version's. */
export function RestoreForm({ action, hidden, version, status }: Props) {
  const t = useTranslations("editor.restore");
  return (
    <ActionButtonForm action={action} hidden={hidden} label={t("submit", { version })} variant="primary">
      {(failed) =>
        status && (
          <fieldset className={styles.cancel}>
            <legend>{t("statusLegend")}</legend>
            <label className={styles.checkbox}>
              <input type="radio" name="status" value="keep" defaultChecked={(failed?.values.status ?? "keep") === "keep"} />
              {t("keepStatus", { status: status.current })}
            </label>
            <label className={styles.checkbox}>
              <input type="radio" name="status" value="version" defaultChecked={failed?.values.status === "version"} />
              {t("restoreStatus", { version, status: status.restored })}
            </label>
            <p className="hint">{status.effect}</p>
          </fieldset>
        )
      }
    </ActionButtonForm>
  );
}
