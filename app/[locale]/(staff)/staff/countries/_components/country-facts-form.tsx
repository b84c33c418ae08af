"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { CountryFactsFieldName } from "@/lib/validation/country-facts";
import { TextAreaField, TextField } from "../../events/_components/editor-field";
import styles from "../../events/_components/editor.module.css";
import { FormResult } from "../../events/_components/form-messages";
import { updateCountryFactsAction } from "../actions";

const FIGURES: CountryFactsFieldName[] = ["populationJa", "populationEn", "areaJa", "areaEn", "comparisonJa", "comparisonEn", "gdpJa", "gdpEn", "gdpPerHeadJa", "gdpPerHeadEn"];
const NOTES: CountryFactsFieldName[] = ["noteJa", "noteEn", "sourceJa", "sourceEn"];

/**
 * The admin form of a country's facts. Posts to a server action (works without JavaScript); after
 * an error it is re-mounted with what was submitted and each message next to its field.
 */
export function CountryFactsForm({ initial }: { initial: Record<string, string> }) {
  const t = useTranslations("countries.staff");
  const [state, formAction, pending] = useActionState(updateCountryFactsAction, null);
  const failed = state && !state.ok ? state : null;
  const values = failed ? { ...initial, ...failed.values } : initial;
  const errors = failed?.fieldErrors ?? {};
  const label = (field: string) => t(`fields.${field}` as "fields.gdpJa");
  const labels = Object.fromEntries([...FIGURES, ...NOTES, "leaderJa", "leaderEn", "statsYear"].map((f) => [f, label(f)]));
  const field = (name: CountryFactsFieldName, hint?: string) => ({ name, label: label(name), hint, errors: errors[name], defaultValue: values[name] ?? "" });
  return (
    <form action={formAction} noValidate className={styles.form} key={state ? JSON.stringify(state) : "initial"}>
      <FormResult state={state} labels={labels} summary={t("notSaved")} />
      <input type="hidden" name="code" value={values.code} />
      <input type="hidden" name="version" value={values.version} />
      <fieldset>
        <legend>{t("sections.figures")}</legend>
        <div className={styles.grid}>
          {FIGURES.map((name) => (
            <TextField key={name} {...field(name, name.startsWith("comparison") ? t("hints.comparison") : t("hints.figure"))} />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("sections.leader")}</legend>
        <div className={styles.grid}>
          <TextField {...field("leaderJa")} />
          <TextField {...field("leaderEn")} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("sections.notes")}</legend>
        <div className={styles.grid}>
          <TextField {...field("statsYear", t("hints.statsYear"))} type="number" />
          {NOTES.map((name) => (
            <TextAreaField key={name} {...field(name)} className={styles.wide} rows={3} />
          ))}
        </div>
      </fieldset>
      <div className={styles.buttons}>
        <button type="submit" disabled={pending}>
          {t("save")}
        </button>
      </div>
    </form>
  );
}
