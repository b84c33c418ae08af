"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { groupFields, type ConflictChoice, type ConflictGroup } from "@/lib/events/conflict-choices";
import type { ConflictView } from "../_lib/conflict-view";
import type { EditorActionState, FormPrompt } from "../_lib/edit-outcome";
import { SignInAgainLink, useSessionOutcome } from "../../_components/staff-session";
import { fieldId } from "./editor-field";
import styles from "./editor.module.css";

/**
 * The messages at the top of a form after a submit: a summary of every field error (links to the
 * fields), the conflict report, a question to answer before acting, or a success status. Focused
 * after each result so that keyboard and screen-reader users land on it.
 */
export function FormResult({ state, labels, summary }: { state: EditorActionState | null; labels: Record<string, string>; summary?: string }) {
  const t = useTranslations("editor");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) ref.current?.focus();
  }, [state]);
  const sessionEnded = useSessionOutcome(state);
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <div className="notice notice--success" role="status" ref={ref} tabIndex={-1}>
        {state.message}
      </div>
    ) : null;
  }
  if (state.kept) return null;
  if (state.prompt) return <PromptBox prompt={state.prompt} innerRef={ref} />;
  if (state.conflict) return <ConflictNotice conflict={state.conflict} title={state.formError} innerRef={ref} />;
  const fields = Object.entries(state.fieldErrors);
  return (
    <div className={styles.summary} role="alert" ref={ref} tabIndex={-1}>
      <h2>{fields.length ? state.summary ?? summary ?? t("form.summary") : state.formError}</h2>
      {sessionEnded && (
        <p>
          <SignInAgainLink />
        </p>
      )}
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
  const forms = conflict.forms;
  const choices = forms !== null && conflict.rows.some((r) => r.group);
  // With JavaScript a choice fills the form at once; without, the server applies it on save (conflict-form.ts).
  function fill(event: React.ChangeEvent<HTMLInputElement>, group: ConflictGroup) {
    const side = forms?.[event.currentTarget.value as ConflictChoice];
    const form = event.currentTarget.form;
    if (!side || !form) return;
    for (const name of groupFields(group)) {
      const element = form.elements.namedItem(name);
      if (element instanceof HTMLInputElement && element.type === "checkbox") element.checked = side[name] === "on";
      else if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) element.value = side[name] ?? "";
    }
  }
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
                {choices && <th scope="col">{t("keep")}</th>}
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
                  {choices && (
                    <td>
                      {row.group && row.firstOfGroup && row.choice ? (
                        <div className={styles.choices}>
                          {(["mine", "theirs"] as const).map((side) => (
                            <label key={side}>
                              <input type="radio" name={`resolve.${row.group}`} value={side} defaultChecked={row.choice === side} onChange={(e) => fill(e, row.group!)} />{" "}
                              {t(side === "mine" ? "keepMine" : "takeTheirs")}
                              <span className="visually-hidden"> ({row.label})</span>
                            </label>
                          ))}
                          {groupFields(row.group).map((name) => (
                            <input key={name} type="hidden" name={`mine.${name}`} value={forms!.mine[name] ?? ""} />
                          ))}
                        </div>
                      ) : (
                        row.group && <span className="hint">{t("sameChoice")}</span>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{choices ? t("choose", { version: conflict.currentVersion }) : hasYours ? t("merge", { version: conflict.currentVersion }) : t("reload")}</p>
    </div>
  );
}

/** A question before an action: unsaved changes (save them first, or act without them), or the confirmation of a deletion. */
function PromptBox({ prompt, innerRef }: { prompt: FormPrompt; innerRef: React.Ref<HTMLDivElement> }) {
  const t = useTranslations("editor.prompt");
  const fields = new Intl.ListFormat(useLocale(), { type: "conjunction" }).format(prompt.fields);
  const button = (intent: string, label: string, variant?: "secondary" | "danger") => (
    <button type="submit" name="intent" value={intent} className={variant}>
      {label}
    </button>
  );
  return (
    <div className={styles.prompt} role="alert" ref={innerRef} tabIndex={-1}>
      {prompt.question === "dates" ? (
        <>
          <h2>{t("datesTitle")}</h2>
          <p>{t("datesBody", { start: prompt.start, end: prompt.end, first: prompt.first, last: prompt.last })}</p>
          <input type="hidden" name="datesConfirmed" value={prompt.key} />
          <div className={styles.buttons}>
            <button type="submit" name={prompt.resubmit?.name} value={prompt.resubmit?.value}>
              {t("datesConfirm")}
            </button>
            <a className="button secondary" href={`#${fieldId("startDate")}`}>
              {t("datesCorrect")}
            </a>
          </div>
        </>
      ) : prompt.question === "delete" ? (
        <>
          <h2>{t("deleteTitle", { title: prompt.title })}</h2>
          <p>{t("deleteBody")}</p>
          {prompt.fields.length > 0 && <p>{t("deleteLosesChanges", { fields })}</p>}
          <div className={styles.buttons}>
            {button("delete:confirmed", t("deleteConfirm"), "danger")}
            {button("keep", t("deleteKeep"), "secondary")}
          </div>
        </>
      ) : (
        <>
          <h2>{t("unsavedTitle")}</h2>
          <p>{t("unsavedBody", { fields, action: t(`action.${prompt.action}`) })}</p>
          <div className={styles.buttons}>
            {button(`${prompt.action}:save`, t(`saveFirst.${prompt.action}`))}
            {button(`${prompt.action}:discard`, t(`discard.${prompt.action}`), "secondary")}
            {button("keep", t("keep"), "secondary")}
          </div>
        </>
      )}
    </div>
  );
}
