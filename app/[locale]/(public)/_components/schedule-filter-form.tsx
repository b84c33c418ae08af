import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "../../_components/locale-link";
import type { AppLocale } from "@/i18n/routing";
import { COUNTRIES } from "@/lib/events/countries";
import { HOST_KIND_LABELS, OTHER_HOST_KINDS } from "@/lib/events/hosts";
import { EVENT_KIND_LABELS, EVENT_KINDS } from "@/lib/events/kinds";
import type { ScheduleFilters } from "@/lib/events/schedule-filters";
import { SECTOR_LABELS, SECTORS } from "@/lib/events/sectors";

type Props = {
  filters: ScheduleFilters;
  locale: AppLocale;
  /** Fields of a page with more than the schedule's filters (the changelog's date), and where "clear" leads. */
  children?: ReactNode;
  resetHref?: string;
};

/** A plain GET form: the filters land in the URL and work without JavaScript. */
export async function ScheduleFilterForm({ filters, locale, children, resetHref = "/" }: Props) {
  const t = await getTranslations("schedule.filters");
  return (
    <form method="get" className="filters" role="search" aria-label={t("legend")}>
      <div className="filters__grid">
        <div className="field">
          <label htmlFor="f-q">{t("search")}</label>
          <input id="f-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} aria-describedby="f-q-hint" />
          <span id="f-q-hint" className="hint">{t("searchHint")}</span>
        </div>
        <div className="field">
          <label htmlFor="f-sector">{t("sector")}</label>
          <select id="f-sector" name="sector" defaultValue={filters.sector ?? ""}>
            <option value="">{t("any")}</option>
            {SECTORS.map((s) => (
              <option key={s} value={s}>{SECTOR_LABELS[s][locale]}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-country">{t("country")}</label>
          <select id="f-country" name="country" defaultValue={filters.country ?? filters.host ?? ""}>
            <option value="">{t("any")}</option>
            <optgroup label={t("countries")}>
              {COUNTRIES.map((c) => (
                <option key={c.code} value={c.code}>{locale === "ja" ? c.nameJa : c.nameEn}</option>
              ))}
            </optgroup>
            <optgroup label={t("otherHosts")}>
              {OTHER_HOST_KINDS.map((k) => (
                <option key={k} value={k}>{HOST_KIND_LABELS[k][locale]}</option>
              ))}
            </optgroup>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-type">{t("type")}</label>
          <select id="f-type" name="type" defaultValue={filters.type ?? ""}>
            <option value="">{t("any")}</option>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>{EVENT_KIND_LABELS[k][locale]}</option>
            ))}
          </select>
        </div>
        <div className="field field--checkbox">
          <input id="f-special" name="special" type="checkbox" value="1" defaultChecked={filters.special ?? false} />
          <label htmlFor="f-special">{t("special")}</label>
        </div>
        {children}
      </div>
      <div className="filters__actions">
        <button type="submit">{t("apply")}</button>
        <LocaleLink href={resetHref}>{t("reset")}</LocaleLink>
      </div>
    </form>
  );
}
