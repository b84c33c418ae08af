"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/actions/staff-action";
import type { PreviewView } from "../_lib/preview-view";
import { applyImportAction, previewImportAction } from "../actions";
import { PreviewTable } from "./preview-table";

type Choice = { value: string; label: string };

type Props = {
  maxBytes: number;
  kinds: Choice[];
  sectors: Choice[];
  hosts: Choice[];
};

const previewOf = (state: ActionState | null) => (state?.ok ? (state.data?.preview as PreviewView | undefined) : undefined) ?? null;

/**
 * Upload → preview → apply, on one page. Both steps are server actions and work without
 * JavaScript; with it, a file over the size limit is named before it is sent. The preview shown
 * is the latest one: the upload's, or the one apply returned when the events changed meanwhile.
 */
export function ImportWorkspace({ maxBytes, kinds, sectors, hosts }: Props) {
  const t = useTranslations("import.page");
  const [previewState, previewAction, previewing] = useActionState(previewImportAction, null);
  const [applyState, applyAction, applying] = useActionState(applyImportAction, null);
  const [tooLarge, setTooLarge] = useState(false);
  // Whichever action answered last decides what is shown (a new upload replaces an earlier apply's answer).
  const latest = useRef({ preview: previewState, apply: applyState, from: applyState ? "apply" : "preview" });
  if (latest.current.preview !== previewState) latest.current = { ...latest.current, preview: previewState, from: "preview" };
  if (latest.current.apply !== applyState) latest.current = { ...latest.current, apply: applyState, from: "apply" };
  const state = latest.current.from === "apply" ? applyState : previewState;
  const preview = previewOf(state);
  const failure = state && !state.ok ? state : null;
  const notice = state?.ok ? state.message : undefined;
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) resultRef.current?.focus();
  }, [state]);
  const maxMb = maxBytes / 1024 / 1024;

  return (
    <>
      <form action={previewAction} noValidate>
        <div className="field">
          <label htmlFor="import-file">{t("file")}</label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.txt,.ics,text/csv,text/calendar"
            required
            aria-describedby="import-file-limit"
            onChange={(e) => setTooLarge((e.currentTarget.files?.[0]?.size ?? 0) > maxBytes)}
          />
          {tooLarge && (
            <p className="field-error" role="alert">
              {t("tooLargeNow", { maxMb })}
            </p>
          )}
        </div>
        <fieldset>
          <legend>{t("icsOptions")}</legend>
          <div className="field">
            <label htmlFor="import-ics-language">{t("icsLanguage")}</label>
            <select id="import-ics-language" name="icsLanguage" defaultValue="ja">
              <option value="ja">{t("languageJa")}</option>
              <option value="en">{t("languageEn")}</option>
            </select>
          </div>
          <Select id="import-kind" name="kind" label={t("kind")} choices={kinds} defaultValue="meeting" errors={failure?.fieldErrors.kind} />
          <Select id="import-sector" name="sector" label={t("sector")} choices={sectors} defaultValue="foreign-affairs" errors={failure?.fieldErrors.sector} />
          <Select id="import-host" name="host" label={t("host")} choices={hosts} defaultValue="JP" errors={failure?.fieldErrors.host} />
        </fieldset>
        <p>
          <button type="submit" disabled={previewing || tooLarge}>
            {t("preview")}
          </button>
        </p>
      </form>

      <div ref={resultRef} tabIndex={-1} aria-live="polite">
        {failure && (
          <div className="notice notice--error" role="alert">
            <p>{failure.formError}</p>
          </div>
        )}
        {notice && (
          <div className="notice notice--warning" role="alert">
            <p>{notice}</p>
          </div>
        )}
        {preview && (
          <section aria-labelledby="import-preview">
            <h2 id="import-preview">{preview.heading}</h2>
            <p>{preview.summary}</p>
            <p>
              <strong>{preview.counts}</strong>
            </p>
            {preview.notice && (
              <div className="notice notice--warning">
                <p>{preview.notice}</p>
              </div>
            )}
            {preview.applicable && preview.previewId !== null && (
              <form action={applyAction}>
                <input type="hidden" name="previewId" value={preview.previewId} />
                <div className="field field--checkbox">
                  <input id="import-publish" name="publish" type="checkbox" />
                  <label htmlFor="import-publish">{t("publish")}</label>
                </div>
                <p>
                  <button type="submit" disabled={applying}>
                    {t("apply")}
                  </button>{" "}
                  <span className="hint">{t("applyHint")}</span>
                </p>
              </form>
            )}
            <PreviewTable rows={preview.rows} />
          </section>
        )}
      </div>
    </>
  );
}

function Select({ id, name, label, choices, defaultValue, errors }: { id: string; name: string; label: string; choices: Choice[]; defaultValue: string; errors?: string[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue} aria-invalid={errors ? true : undefined}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {errors && <p className="field-error">{errors.join(" ")}</p>}
    </div>
  );
}
