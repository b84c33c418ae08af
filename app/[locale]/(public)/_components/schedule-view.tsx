import { getTranslations } from "next-intl/server";
import { SCHEDULE_PAGE_SIZE, type ScheduleRow, listScheduleEvents } from "@/db/queries/public-events";
import { LocaleLink } from "../../_components/locale-link";
import type { AppLocale } from "@/i18n/routing";
import { publicBaseUrl } from "@/lib/env";
import { countryName } from "@/lib/events/countries";
import { countryPagePath } from "@/lib/events/country-pages";
import { groupByMonth } from "@/lib/events/group-by-month";
import { schedulePagination } from "@/lib/events/schedule-pagination";
import { hasActiveFilters, parseScheduleFilters, scheduleFiltersToQuery } from "@/lib/events/schedule-filters";
import { type CollectionSelection, feedName, feedPath } from "@/lib/feeds/feed-selection";
import { formatMonth } from "@/lib/time/format";
import { EventRow } from "./event-row";
import { ExportLinks } from "./export-links";
import { FiltersInForce } from "./filters-in-force";
import { NoResults } from "./no-results";
import { Pagination } from "./pagination";
import { ScheduleFilterForm } from "./schedule-filter-form";
import { SubscribeChoices } from "./subscribe-choices";

/** The schedule for one URL query: the unfiltered home page and every filtered view. */
export async function ScheduleView({ locale, query }: { locale: AppLocale; query: URLSearchParams }) {
  const t = await getTranslations("schedule");
  const { filters, problems } = parseScheduleFilters(query);
  const { rows, total } = listScheduleEvents(filters);
  const pagination = schedulePagination(total, filters.page ?? 1, SCHEDULE_PAGE_SIZE);
  const active = hasActiveFilters(filters);
  const feed: CollectionSelection = active ? { kind: "filter", filters } : { kind: "all" };
  const feedUrl = `${publicBaseUrl()}${feedPath(feed, locale)}`;
  const from = scheduleFiltersToQuery(filters);
  const list = (events: ScheduleRow[]) => (
    <ol className="event-list">
      {events.map((e) => (
        <EventRow key={e.id} event={e} locale={locale} from={from} />
      ))}
    </ol>
  );

  return (
    <div className="schedule">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <ScheduleFilterForm filters={filters} locale={locale} />
      {problems.length > 0 && (
        <div role="alert" className="notice notice--warning">
          {problems.map((p) => (
            <p key={p.param}>{t("filters.invalid", { filter: t(`filters.param.${p.param}`), value: p.value })}</p>
          ))}
        </div>
      )}
      {filters.country && (
        <p>
          <LocaleLink href={countryPagePath(filters.country)}>{t("aboutCountry", { country: countryName(filters.country, locale) })}</LocaleLink>
        </p>
      )}
      <div className="results-bar">
        <p className="results-count">{t("results", { count: total })}</p>
        <FiltersInForce filters={filters} locale={locale} />
        <details className="subscribe-view">
          <summary>{t("subscribe")}</summary>
          <p className="hint">{t("subscribeHint")}</p>
          <SubscribeChoices url={feedUrl} name={feedName(feed, locale)} />
        </details>
        <p className="print-only">{t("printFeed", { url: feedUrl })}</p>
      </div>
      <ExportLinks locale={locale} query={scheduleFiltersToQuery(filters, { withPage: false })} />
      {total === 0 && active && <NoResults filters={filters} />}
      {filters.q
        ? [true, false].map((titleMatch) => {
            const part = rows.filter((e) => e.titleMatch === titleMatch);
            const id = titleMatch ? "matches-title" : "matches-other";
            return (
              part.length > 0 && (
                <section key={id} aria-labelledby={id} className="search-part">
                  <h2 id={id}>{t(titleMatch ? "search.titleMatches" : "search.otherMatches")}</h2>
                  {list(part)}
                </section>
              )
            );
          })
        : groupByMonth(rows).map(({ month, events }) => (
            <section key={month} aria-labelledby={`month-${month}`} className="month">
              <h2 id={`month-${month}`}>{formatMonth(month, locale)}</h2>
              {list(events)}
            </section>
          ))}
      <Pagination {...pagination} filters={filters} />
    </div>
  );
}
