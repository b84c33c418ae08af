"use client";

import { useTranslations } from "next-intl";
import { TextAreaField } from "./editor-field";

type Props = {
  /** What was submitted, after a refused or previewed submit. */
  values?: Record<string, string>;
  errors?: Record<string, string[]>;
  /** For the status buttons' forms, several on one page: their fields' ids, and folded away. */
  idPrefix?: string;
};

/** The optional bilingual note that goes with the change in the public changelog (lib/changes/). */
export function PublicNoteFields({ values, errors, idPrefix }: Props) {
  const t = useTranslations("editor");
  const tc = useTranslations("changes.staff");
  const fields = (["publicNoteJa", "publicNoteEn"] as const).map((name) => (
    <TextAreaField
      key={name}
      name={name}
      id={idPrefix ? `${idPrefix}-${name}` : undefined}
      label={t(`fields.${name}`)}
      rows={2}
      errors={errors?.[name]}
      defaultValue={values?.[name]}
    />
  ));
  if (idPrefix) {
    return (
      <details open={Boolean(values?.publicNoteJa || values?.publicNoteEn || errors?.publicNoteJa || errors?.publicNoteEn)}>
        <summary>{tc("noteLegend")}</summary>
        <p className="hint">{tc("noteHint")}</p>
        {fields}
      </details>
    );
  }
  return (
    <fieldset>
      <legend>{tc("noteLegend")}</legend>
      <p className="hint">{tc("noteHint")}</p>
      {fields}
    </fieldset>
  );
}
