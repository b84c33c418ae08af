"use client";

import { useTranslations } from "next-intl";
import type { EventFormIntent } from "@/lib/events/edit-intent";
import type { StatusAction } from "@/lib/events/event-edit-status";
import { TextAreaField } from "./editor-field";
import styles from "./editor.module.css";

type Props = {
  allowed: StatusAction[];
  values: Record<string, string | undefined>;
  errors: Record<string, string[]>;
  limits: Record<string, number>;
  pending: boolean;
};

/**
 * The status buttons allowed for the event's current status, plus duplicate. They sit inside the
 * edit form and submit it whole (name="intent"), so what was typed in the form travels with them:
 * the server asks before dropping unsaved changes (lib/events/edit-intent.ts), and confirms a deletion.
 */
export function StatusPanel({ allowed, values, errors, limits, pending }: Props) {
  const t = useTranslations("editor");
  const button = (intent: EventFormIntent, label: string, variant: "primary" | "secondary" | "danger", hint?: string) => (
    <div className={styles.inline}>
      <button type="submit" name="intent" value={intent} className={variant === "primary" ? undefined : variant} disabled={pending}>
        {label}
      </button>
      {hint && <span className="hint">{hint}</span>}
    </div>
  );
  return (
    <section className={styles.panel} aria-labelledby="status-actions">
      <h2 id="status-actions">{t("actions.title")}</h2>
      {allowed.includes("publish") && button("publish", t("actions.publish"), "primary", t("actions.publishHint"))}
      {allowed.includes("uncancel") && button("uncancel", t("actions.uncancel"), "primary")}
      {allowed.includes("cancel") && (
        <fieldset className={styles.cancel}>
          <legend>{t("actions.cancel")}</legend>
          <p className="hint">{t("actions.cancelReasonHint")}</p>
          {(["cancelReason", "cancelReasonEn"] as const).map((name) => (
            <TextAreaField key={name} name={name} label={t(`actions.${name}`)} rows={2} errors={errors[name]} defaultValue={values[name]} maxLength={limits[name]} />
          ))}
          {button("cancel", t("actions.cancel"), "danger")}
        </fieldset>
      )}
      {allowed.includes("unpublish") && button("unpublish", t("actions.unpublish"), "secondary", t("actions.unpublishHint"))}
      {allowed.includes("delete") && button("delete", t("actions.delete"), "danger", t("actions.deleteHint"))}
      {button("duplicate", t("actions.duplicate"), "secondary")}
    </section>
  );
}
