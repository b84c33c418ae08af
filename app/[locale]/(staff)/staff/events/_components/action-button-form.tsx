"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import type { ActionFailure } from "@/lib/actions/staff-action";
import type { EditorActionState } from "../_lib/edit-outcome";
import styles from "./editor.module.css";
import { FormResult } from "./form-messages";

type Action = (previous: EditorActionState | null, formData: FormData) => Promise<EditorActionState>;

type Props = {
  action: Action;
  /** Hidden fields: the event id, the row version the page showed, and any others. */
  hidden: Record<string, string | number>;
  label: string;
  /** Accessible name when the visible label is not specific enough (e.g. in a list). */
  ariaLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  hint?: string;
  labels?: Record<string, string>;
  /** Extra fields, given the failed result (to show their errors and keep what was typed). */
  children?: (failed: ActionFailure | null) => ReactNode;
};

/** A one-button form for an event action (publish, cancel, restore…): a server action that works without JavaScript. */
export function ActionButtonForm({ action, hidden, label, ariaLabel, variant = "secondary", hint, labels = {}, children }: Props) {
  const t = useTranslations("editor.actions");
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} noValidate key={state ? JSON.stringify(state) : "initial"}>
      {/* Not the event form's "The event was not saved": these buttons change no field of it. */}
      <FormResult state={state} labels={labels} summary={t("notDone")} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={String(value)} />
      ))}
      {children?.(state && !state.ok ? state : null)}
      <div className={styles.inline}>
        <button type="submit" className={variant === "primary" ? undefined : variant} disabled={pending} aria-label={ariaLabel}>
          {label}
        </button>
        {hint && <span className="hint">{hint}</span>}
      </div>
    </form>
  );
}
