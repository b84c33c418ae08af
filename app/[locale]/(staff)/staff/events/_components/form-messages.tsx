"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { ConflictView } from "../_lib/conflict-view";
import type { EditorActionState } from "../_lib/edit-outcome";
import { fieldId } from "./editor-field";
import styles from "./editor.module.css";

/**
 * The messages at the top of a form after a submit: a summary of every field error (links to the
 * fields), the conflict report, or a success status. Focused after each result so that keyboard
 * and screen-reader users land on it.
 */
export function FormResult({ state, labels, summary }: { state: EditorActionState | null; labels: Record<string, string>; summary?: string }) {
  const t = useTranslations("editor");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) ref.current?.focus();
  }, [state]);
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <div className="notice notice--success" role="status" ref={ref} tabIndex={-1}>
        {state.message}
      </div>
    ) : null;
  }
  if (state.conflict) return <ConflictNotice conflict={state.conflict} title={state.formError} innerRef={ref} />;
  const fields = Object.entries(state.fieldErrors);
  return (
    <div className={styles.summary} role="alert" ref={ref} tabIndex={-1}>
      <h2>{fields.length ? summary ?? t("form.summary") : state.formError}</h2>
      {fields.length > 0 && (
        <ul>
          {fields.map(([field, messages]) => (
            <li key={field}>
              <a href={`#${fieldId(field)}`}>{labels[field] ?? field}</a>: {messages.join(" ")}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ConflictNotice({ conflict, title, innerRef }: { conflict: ConflictView; title?: string; innerRef: React.Ref<HTMLDivElement> }) {
  const t = useTranslations("editor.conflict");
  const hasYours = conflict.rows.some((r) => r.yours !== null);
  return (
    <div className={styles.conflict} role="alert" ref={innerRef} tabIndex={-1}>
      <h2>{title ?? t("title")}</h2>
      <p>{conflict.intro}</p>
      {conflict.saves.length > 0 && (
        <ul>
          {conflict.saves.map((save) => (
            <li key={save}>{save}</li>
          ))}
        </ul>
      )}
      {conflict.rows.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>{t("tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("field")}</th>
                <th scope="col">{t("base")}</th>
                <th scope="col">{t("theirs")}</th>
                {hasYours && <th scope="col">{t("yours")}</th>}
              </tr>
            </thead>
            <tbody>
              {conflict.rows.map((row) => (
                <tr key={row.field} className={row.overlap ? styles.overlap : undefined}>
                  <th scope="row">
                    {row.label}
                    {row.overlap && <span className="hint"> — {t("both")}</span>}
                  </th>
                  <td className={styles.pre}>{row.base}</td>
                  <td className={styles.pre}>{row.theirs}</td>
                  {hasYours && <td className={styles.pre}>{row.yours ?? t("notInForm")}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{hasYours ? t("merge", { version: conflict.currentVersion }) : t("reload")}</p>
    </div>
  );
}
