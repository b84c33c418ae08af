"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { capitalTimeZone, COUNTRIES, isCountryCode } from "@/lib/events/countries";
import type { EventFormValues } from "@/lib/events/event-edit-form-values";
import { HOST_KIND_LABELS, OTHER_HOST_KINDS } from "@/lib/events/hosts";
import { EVENT_KIND_LABELS, EVENT_KINDS } from "@/lib/events/kinds";
import { SECTOR_LABELS, SECTORS } from "@/lib/events/sectors";
import type { AppLocale } from "@/i18n/routing";
import type { EditorActionState } from "../_lib/edit-outcome";
import { ChangePreview } from "./change-preview";
import { CheckboxField, SelectField, TextAreaField, TextField } from "./editor-field";
import styles from "./editor.module.css";
import { FormResult } from "./form-messages";
import { PublicNoteFields } from "./public-note-fields";

type Option = { value: string; label: string };

type Props = {
  mode: "create" | "edit";
  action: (previous: EditorActionState | null, formData: FormData) => Promise<EditorActionState>;
  initial: EventFormValues;
  locale: AppLocale;
  slugLocked: boolean;
  phases: Option[];
  programs: Option[];
};

const ZONES = [...new Set(COUNTRIES.map((c) => c.timeZone))];
/** The zone a host that is no country gets by default (db/seed/seed.ts NO_VENUE_TIME_ZONE). */
const NO_VENUE_ZONE = "Etc/UTC";

/**
 * The one form for creating and editing events. It posts to a server action (works without
 * JavaScript); after an error it is re-mounted with what was submitted, each message next to its
 * field and a summary on top. The hidden `version` is the row version the edit started from.
 */
export function EventForm({ mode, action, initial, locale, slugLocked, phases, programs }: Props) {
  const t = useTranslations("editor");
  const tc = useTranslations("changes.staff");
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const preview = state?.ok ? state.preview : undefined;
  // After an error or a preview: exactly what was submitted (unchecked boxes are absent from a submission).
  const submitted = failed?.values ?? (state?.ok ? state.values : undefined);
  const values: EventFormValues = submitted
    ? { ...initial, ...submitted, allDay: submitted.allDay ?? "", isSpecial: submitted.isSpecial ?? "", isTentative: submitted.isTentative ?? "" }
    : initial;
  const errors = failed?.fieldErrors ?? {};
  const [allDay, setAllDay] = useState(values.allDay === "on");
  const [monthOnly, setMonthOnly] = useState(values.datePrecision === "month");
  const [hydrated, setHydrated] = useState(false);
  const zoneRef = useRef<HTMLInputElement>(null);
  const hostRef = useRef(values.host ?? "");
  useEffect(() => setHydrated(true), []);

  const label = (field: string) => t(`fields.${field}`);
  const labels = Object.fromEntries(Object.keys(values).concat(Object.keys(errors)).map((f) => [f, label(f)]));
  const req = t("form.required");
  const field = (name: keyof EventFormValues & string) => ({ name, label: label(name), errors: errors[name], defaultValue: values[name] ?? "", requiredLabel: req });

  // A new host country suggests its capital's zone, unless the zone was already changed by hand.
  function onHostChange(host: string) {
    const zone = zoneRef.current;
    const previous = hostRef.current;
    hostRef.current = host;
    if (!zone || !isCountryCode(host)) return;
    const untouched = zone.value === "" || zone.value === NO_VENUE_ZONE || (isCountryCode(previous) && zone.value === capitalTimeZone(previous));
    if (untouched) zone.value = capitalTimeZone(host);
  }

  const choose = { value: "", label: t("form.choose") };
  return (
    <form action={formAction} noValidate className={styles.form} key={state ? JSON.stringify(state) : "initial"}>
      <FormResult state={state} labels={labels} />
      <p className="hint">{t("form.requiredNote")}</p>
      {mode === "edit" && (
        <>
          <input type="hidden" name="id" value={values.id} />
          <input type="hidden" name="version" value={values.version} />
        </>
      )}

      <fieldset>
        <legend>{t("form.sections.basics")}</legend>
        <div className={styles.grid}>
          <SelectField {...field("kind")} required options={EVENT_KINDS.map((k) => ({ value: k, label: EVENT_KIND_LABELS[k][locale] }))} />
          <SelectField {...field("sector")} required options={[choose, ...SECTORS.map((s) => ({ value: s, label: SECTOR_LABELS[s][locale] }))]} />
          <TextField {...field("titleJa")} hint={t("form.hints.titles")} className={styles.wide} />
          <TextField {...field("titleEn")} hint={t("form.hints.titles")} className={styles.wide} />
          <TextField {...field("slug")} hint={slugLocked ? t("form.hints.slugLocked") : t("form.hints.slug")} readOnly={slugLocked} className={styles.wide} />
          <CheckboxField name="isSpecial" label={label("isSpecial")} hint={t("form.hints.special")} errors={errors.isSpecial} defaultChecked={values.isSpecial === "on"} />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("form.sections.time")}</legend>
        <div className={styles.grid}>
          <SelectField
            {...field("datePrecision")}
            hint={t("form.hints.datePrecision")}
            className={styles.wide}
            onChange={(v) => setMonthOnly(v === "month")}
            options={[
              { value: "day", label: t("form.precisionDay") },
              { value: "month", label: t("form.precisionMonth") },
            ]}
          />
          <div className={styles.wide}>
            <CheckboxField name="isTentative" label={label("isTentative")} hint={t("form.hints.isTentative")} errors={errors.isTentative} defaultChecked={values.isTentative === "on"} />
          </div>
          <div className={styles.wide} hidden={hydrated && !monthOnly}>
            <div className={styles.grid}>
              <TextField {...field("startMonth")} type="month" hint={t("form.hints.month")} />
              <TextField {...field("endMonth")} type="month" />
            </div>
          </div>
          <div className={styles.wide} hidden={hydrated && monthOnly}>
            <CheckboxField name="allDay" label={label("allDay")} hint={t("form.hints.allDay")} errors={errors.allDay} defaultChecked={values.allDay === "on"} onChange={setAllDay} />
          </div>
          <div hidden={hydrated && monthOnly}>
            <TextField {...field("startDate")} type="date" />
          </div>
          <div hidden={hydrated && (allDay || monthOnly)}>
            <TextField {...field("startTime")} type="time" hint={t("form.hints.time")} />
          </div>
          <div hidden={hydrated && monthOnly}>
            <TextField {...field("endDate")} type="date" />
          </div>
          <div hidden={hydrated && (allDay || monthOnly)}>
            <TextField {...field("endTime")} type="time" hint={t("form.hints.time")} />
          </div>
          <TextField {...field("timeZone")} required list="editor-zones" hint={t("form.hints.timeZone")} inputRef={zoneRef} />
          <datalist id="editor-zones">
            {ZONES.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("form.sections.place")}</legend>
        <div className={styles.grid}>
          <SelectField
            {...field("host")}
            required
            hint={t("form.hints.host")}
            className={styles.wide}
            onChange={onHostChange}
            options={[
              choose,
              ...COUNTRIES.map((c) => ({ value: c.code, label: locale === "ja" ? c.nameJa : c.nameEn })),
              ...OTHER_HOST_KINDS.map((k) => ({ value: k, label: HOST_KIND_LABELS[k][locale] })),
            ]}
          />
          <TextField {...field("cityJa")} />
          <TextField {...field("cityEn")} />
          <TextField {...field("venueJa")} />
          <TextField {...field("venueEn")} />
          <TextAreaField {...field("hostNoteJa")} hint={t("form.hints.hostNote")} className={styles.wide} rows={2} />
          <TextAreaField {...field("hostNoteEn")} hint={t("form.hints.hostNote")} className={styles.wide} rows={2} />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("form.sections.details")}</legend>
        <div className={styles.grid}>
          <TextAreaField {...field("descriptionJa")} hint={t("form.hints.description")} className={styles.wide} rows={5} />
          <TextAreaField {...field("descriptionEn")} hint={t("form.hints.description")} className={styles.wide} rows={5} />
          <TextField {...field("recurrenceJa")} />
          <TextField {...field("recurrenceEn")} />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("form.sections.source")}</legend>
        <div className={styles.grid}>
          <TextField {...field("sourceTitleJa")} hint={t("form.hints.sourceTitle")} className={styles.wide} />
          <TextField {...field("sourceTitleEn")} hint={t("form.hints.sourceTitle")} className={styles.wide} />
          <TextAreaField {...field("sourceNoteJa")} hint={t("form.hints.sourceNote")} className={styles.wide} rows={3} />
          <TextAreaField {...field("sourceNoteEn")} hint={t("form.hints.sourceNote")} className={styles.wide} rows={3} />
          <TextField {...field("sourceUrl")} type="url" hint={t("form.hints.sourceUrl")} className={styles.wide} />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("form.sections.itinerary")}</legend>
        <div className={styles.grid}>
          <SelectField {...field("programId")} options={[{ value: "", label: t("form.noProgram") }, ...programs]} />
          <SelectField {...field("parentId")} hint={t("form.hints.parentId")} options={[{ value: "", label: t("form.noParent") }, ...phases]} />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("form.sections.private")}</legend>
        <TextAreaField {...field("staffNote")} hint={t("form.hints.staffNote")} rows={3} />
      </fieldset>

      <PublicNoteFields values={submitted} errors={errors} />
      {preview && <ChangePreview preview={preview} locale={locale} />}

      <div className={styles.buttons}>
        {mode === "create" ? (
          <>
            <button type="submit" disabled={pending}>
              {t("form.create")}
            </button>
            <button type="submit" name="publish" value="on" className="secondary" disabled={pending}>
              {t("form.createAndPublish")}
            </button>
          </>
        ) : (
          <>
            <button type="submit" disabled={pending}>
              {t("form.save")}
            </button>
            <button type="submit" name="intent" value="preview" className="secondary" disabled={pending}>
              {tc("preview")}
            </button>
          </>
        )}
        {pending && <span role="status">{t("form.saving")}</span>}
      </div>
    </form>
  );
}
