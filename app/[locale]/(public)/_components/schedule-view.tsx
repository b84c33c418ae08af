import { getTranslations } from "next-intl/server";
import { SCHEDULE_PAGE_SIZE, listScheduleEvents } from "@/db/queries/public-events";
import { LocaleLink } from "../../_components/locale-link";
import type { AppLocale } from "@/i18n/routing";
import { countryName } from "@/lib/events/countries";
import { countryPagePath } from "@/lib/events/country-pages";
import { groupByMonth } from "@/lib/events/group-by-month";
import { schedulePagination } from "@/lib/events/schedule-pagination";
import { parseScheduleFilters, scheduleFiltersToQuery } from "@/lib/events/schedule-filters";
import { formatMonth } from "@/lib/time/format";
import { EventRow } from "./event-row";
import { ExportLinks } from "./export-links";
import { Pagination } from "./pagination";
import { ScheduleFilterForm } from "./schedule-filter-form";

/** The schedule for one URL query: the unfiltered home page and every filtered view. */
export async function ScheduleView({ locale, query }: { locale: AppLocale; query: URLSearchParams }) {
  const t = await getTranslations("schedule");
  const { filters, problems } = parseScheduleFilters(query);
  const { rows, total } = listScheduleEvents(filters);
  const pagination = schedulePagination(total, filters.page ?? 1, SCHEDULE_PAGE_SIZE);
  const viewQuery = scheduleFiltersToQuery(filters, { withPage: false });
  const feedHref = `/feeds/filter.ics?${viewQuery ? `${viewQuery}&` : ""}lang=${locale}`;

  return (
    <div className="schedule">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <ScheduleFilterForm filters={filters} locale={locale} />
      {problems.length > 0 && (
        <div role="alert" className="notice notice--warning">
          {problems.map((p) => (
            <p key={p.param}>{t("filters.invalid", { param: p.param, value: p.value })}</p>
          ))}
        </div>
      )}
      {filters.country && (
        <p>
          <LocaleLink href={countryPagePath(filters.country)}>{t("aboutCountry", { country: countryName(filters.country, locale) })}</LocaleLink>
        </p>
      )}
      <div className="results-bar">
        <p aria-live="polite" className="results-count">
          {t("results", { count: total })}
        </p>
        <p className="subscribe-view">
          <a href={feedHref} rel="nofollow">
            {t("subscribe")}
          </a>
          <span className="hint"> {t("subscribeHint")}</span>
        </p>
      </div>
      <ExportLinks locale={locale} query={viewQuery} />
      {groupByMonth(rows).map(({ month, events }) => (
        <section key={month} aria-labelledby={`month-${month}`} className="month">
          <h2 id={`month-${month}`}>{formatMonth(month, locale)}</h2>
          <ol className="event-list">
            {events.map((e) => (
              <EventRow key={e.id} event={e} locale={locale} />
            ))}
          </ol>
        </section>
      ))}
      <Pagination {...pagination} filters={filters} />
    </div>
  );
}
