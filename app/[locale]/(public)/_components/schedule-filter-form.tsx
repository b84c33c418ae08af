import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { COUNTRIES } from "@/lib/events/countries";
import { EVENT_KIND_LABELS, EVENT_KINDS } from "@/lib/events/kinds";
import { type ScheduleFilters, scheduleFiltersToQuery } from "@/lib/events/schedule-filters";
import { SECTOR_LABELS, SECTORS } from "@/lib/events/sectors";

/**
 * A plain GET form: the filters land in the URL and work without JavaScript. The search is always
 * at hand; the other filters fold away (a <details>, open while one is in use) so that on a phone
 * the events come first.
 *
 * The form always shows the filters of the list below it. autocomplete="off" stops the browser
 * from restoring the values a reader chose before leaving when they come Back; a page restored
 * whole from the back/forward cache is reset to its own values by the pageshow script.
 */
export async function ScheduleFilterForm({ filters, locale }: { filters: ScheduleFilters; locale: AppLocale }) {
  const t = await getTranslations("schedule.filters");
  const inUse = [filters.sector, filters.country, filters.type, filters.special].filter(Boolean).length;
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
          <div className="field">
            <label htmlFor="f-sector">{t("sector")}</label>
            <select id="f-sector" name="sector" defaultValue={filters.sector ?? ""}>
              <option value="">{t("any")}</option>
              {SECTORS.map((s) => (
                <option key={s} value={s}>
                  {SECTOR_LABELS[s][locale]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-country">{t("country")}</label>
            <select id="f-country" name="country" defaultValue={filters.country ?? ""}>
              <option value="">{t("any")}</option>
              {COUNTRIES.map((c) => (
                <option key={c.code} value={c.code}>
                  {locale === "ja" ? c.nameJa : c.nameEn}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-type">{t("type")}</label>
            <select id="f-type" name="type" defaultValue={filters.type ?? ""}>
              <option value="">{t("any")}</option>
              {EVENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {EVENT_KIND_LABELS[k][locale]}
                </option>
              ))}
            </select>
          </div>
          <div className="field field--checkbox">
            <input id="f-special" name="special" type="checkbox" value="1" defaultChecked={filters.special ?? false} />
            <label htmlFor="f-special">{t("special")}</label>
          </div>
        </div>
        <div className="filters__actions">
          <button type="submit">{t("apply")}</button>
        </div>
      </details>
      {/* A page restored from the back/forward cache keeps what was chosen before leaving: reset it. */}
      <script
        dangerouslySetInnerHTML={{
          __html: `addEventListener("pageshow",function(e){if(e.persisted)document.getElementById("schedule-filters").reset()})`,
        }}
      />
    </form>
  );
}
