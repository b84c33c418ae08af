"use client";

import { useTranslations } from "next-intl";
import { TextAreaField } from "./editor-field";

type Props = {
  /** What was submitted, after a refused or previewed submit. */
  values?: Record<string, string>;
  errors?: Record<string, string[]>;
};

/**
 * The optional bilingual note that goes with the change in the public changelog (lib/changes/):
 * in the edit form, with a save or with the status button pressed (they all submit the form).
 */
export function PublicNoteFields({ values, errors }: Props) {
  const t = useTranslations("editor");
  const tc = useTranslations("changes.staff");
  return (
    <fieldset>
      <legend>{tc("noteLegend")}</legend>
      <p className="hint">{tc("noteHint")}</p>
      {(["publicNoteJa", "publicNoteEn"] as const).map((name) => (
        <TextAreaField key={name} name={name} label={t(`fields.${name}`)} rows={2} errors={errors?.[name]} defaultValue={values?.[name]} />
      ))}
    </fieldset>
  );
}
