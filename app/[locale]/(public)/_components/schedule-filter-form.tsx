import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { COUNTRIES } from "@/lib/events/countries";
import { HOST_KIND_LABELS, OTHER_HOST_KINDS } from "@/lib/events/hosts";
import { EVENT_KIND_LABELS, EVENT_KINDS } from "@/lib/events/kinds";
import { type ScheduleFilters, scheduleFiltersToQuery } from "@/lib/events/schedule-filters";
import { SECTOR_LABELS, SECTORS } from "@/lib/events/sectors";

type Options = [value: string, label: string][];
type SelectProps = { name: string; label: string; any: string; value: string | undefined; options: Options; groups?: { label: string; options: Options }[] };

const optionList = (options: Options) =>
  options.map(([optionValue, optionLabel]) => (
    <option key={optionValue} value={optionValue}>
      {optionLabel}
    </option>
  ));

/** One filter's drop-down, "All" first, then its options or its labelled groups of options. */
function FilterSelect({ name, label, any, value, options, groups = [] }: SelectProps) {
  return (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {optionList(options)}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {optionList(group.options)}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

type Props = {
  filters: ScheduleFilters;
  locale: AppLocale;
  /** Fields of a page with more than the schedule's filters (the changelog's date), folded with the others; in use when set. */
  children?: ReactNode;
  childrenInUse?: boolean;
  /** The view's own parameters that are no filters (the year's rows), sent along unchanged. */
  keep?: Record<string, string>;
};

/**
 * A plain GET form: the filters land in the URL and work without JavaScript. The search is always
 * at hand; the other filters fold away (a <details>, open while one is in use) so that on a phone
 * the events come first.
 *
 * The form always shows the filters of the list below it. autocomplete="off" stops the browser
 * from restoring the values a reader chose before leaving when they come Back; a page restored
 * whole from the back/forward cache is reset to its own values by the page's script
 * (../_browser/public-page-script.ts).
 */
export async function ScheduleFilterForm({ filters, locale, children, childrenInUse = false, keep = {} }: Props) {
  const t = await getTranslations("schedule.filters");
  const inUse = [filters.sector, filters.country ?? filters.host, filters.type, filters.special, childrenInUse].filter(Boolean).length;
  return (
    <form id="schedule-filters" method="get" className="filters" role="search" aria-label={t("legend")} autoComplete="off" key={scheduleFiltersToQuery(filters)}>
      <div className="field filters__search">
        <label htmlFor="f-q">{t("search")}</label>
        <div className="filters__search-row">
          <input id="f-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} aria-describedby="f-q-hint" />
          <button type="submit">{t("searchButton")}</button>
        </div>
        <span id="f-q-hint" className="hint">
          {t("searchHint")}
        </span>
      </div>
      <details className="filters__more" open={inUse > 0}>
        <summary>{inUse > 0 ? t("moreInUse", { count: inUse }) : t("more")}</summary>
        <div className="filters__grid">
          <FilterSelect name="sector" label={t("sector")} any={t("any")} value={filters.sector} options={SECTORS.map((s) => [s, SECTOR_LABELS[s][locale]])} />
          <FilterSelect
            name="country"
            label={t("country")}
            any={t("any")}
            value={filters.country ?? filters.host}
            options={[]}
            groups={[
              { label: t("countries"), options: COUNTRIES.map((c) => [c.code, locale === "ja" ? c.nameJa : c.nameEn]) },
              { label: t("otherHosts"), options: OTHER_HOST_KINDS.map((k) => [k, HOST_KIND_LABELS[k][locale]]) },
            ]}
          />
          <FilterSelect name="type" label={t("type")} any={t("any")} value={filters.type} options={EVENT_KINDS.map((k) => [k, EVENT_KIND_LABELS[k][locale]])} />
          <div className="field field--checkbox">
            <input id="f-special" name="special" type="checkbox" value="1" defaultChecked={filters.special ?? false} />
            <label htmlFor="f-special">{t("special")}</label>
          </div>
          {children}
        </div>
        <div className="filters__actions">
          <button type="submit">{t("apply")}</button>
        </div>
      </details>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </form>
  );
}
