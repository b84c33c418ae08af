import { getTranslations } from "next-intl/server";
import { SCHEDULE_PAGE_SIZE, type ScheduleRow, listScheduleEvents } from "@/db/queries/public-events";
import { LocaleLink } from "../../_components/locale-link";
import type { AppLocale } from "@/i18n/routing";
import { countryName } from "@/lib/events/countries";
import { countryPagePath } from "@/lib/events/country-pages";
import { groupByMonth } from "@/lib/events/group-by-month";
import { schedulePagination } from "@/lib/events/schedule-pagination";
import { hasActiveFilters, parseScheduleFilters, scheduleFiltersToQuery } from "@/lib/events/schedule-filters";
import { formatMonth } from "@/lib/time/format";
import { monthOf } from "@/lib/time/calendar-date";
import { TIMELINE_YEAR } from "@/lib/calendar/year-timeline";
import { listHref, monthHref, yearHref } from "@/lib/events/schedule-views";
import { EventRow } from "./event-row";
import { ExportLinks } from "./export-links";
import { FiltersInForce } from "./filters-in-force";
import { NoResults } from "./no-results";
import { Pagination } from "./pagination";
import { ScheduleFilterForm } from "./schedule-filter-form";
import { FilterProblems } from "./filter-problems";
import { ViewFeed } from "./view-feed";
import { ViewSwitch } from "./view-switch";

/** The schedule for one URL query: the unfiltered home page and every filtered view. */
export async function ScheduleView({ locale, query }: { locale: AppLocale; query: URLSearchParams }) {
  const t = await getTranslations("schedule");
  const { filters, problems } = parseScheduleFilters(query);
  const { rows, total } = listScheduleEvents(filters);
  const pagination = schedulePagination(total, filters.page ?? 1, SCHEDULE_PAGE_SIZE);
  const active = hasActiveFilters(filters);
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
      <ViewSwitch current="list" hrefs={{ list: listHref(filters), month: monthHref(rows[0] ? monthOf(rows[0].startDate) : `${TIMELINE_YEAR}-01`, filters), year: yearHref(filters) }} />
      <ScheduleFilterForm filters={filters} locale={locale} />
      <FilterProblems problems={problems} />
      {filters.country && (
        <p>
          <LocaleLink href={countryPagePath(filters.country)}>{t("aboutCountry", { country: countryName(filters.country, locale) })}</LocaleLink>
        </p>
      )}
      <div className="results-bar">
        <p className="results-count">{t("results", { count: total })}</p>
        <FiltersInForce filters={filters} locale={locale} />
        <ViewFeed filters={filters} locale={locale} />
      </div>
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
      {/* After the list: on a phone the first screen is for events. */}
      {total > 0 && <ExportLinks locale={locale} query={scheduleFiltersToQuery(filters, { withPage: false })} />}
    </div>
  );
}
