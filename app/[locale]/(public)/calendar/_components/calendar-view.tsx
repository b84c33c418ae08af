import { getTranslations } from "next-intl/server";
import { countEventsStartingBefore, listEventsBetween, scheduleDateRange } from "@/db/queries/calendar-events";
import { SCHEDULE_PAGE_SIZE, type PublicEvent } from "@/db/queries/public-events";
import { LocaleLink } from "../../../_components/locale-link";
import { localizedField } from "@/i18n/localized";
import type { AppLocale } from "@/i18n/routing";
import { publicBaseUrl } from "@/lib/env";
import { addMonths, type GridEntry, layoutMonth, WEEK_START, weekdayOrder } from "@/lib/calendar/month-grid";
import { TIMELINE_YEAR } from "@/lib/calendar/year-timeline";
import { parseScheduleFilters, type ScheduleFilters, scheduleFiltersToQuery } from "@/lib/events/schedule-filters";
import { listHref, monthHref, yearHref } from "@/lib/events/schedule-views";
import { eventDateFromRow, hasDays, lastDayOfMonth } from "@/lib/time/date-precision";
import { formatDate, formatEventDate, formatMonth, weekdayName } from "@/lib/time/format";
import { instantToLocal } from "@/lib/time/wall-clock";
import { FilterProblems } from "../../_components/filter-problems";
import { ExportLinks } from "../../_components/export-links";
import { FiltersInForce } from "../../_components/filters-in-force";
import { ScheduleFilterForm } from "../../_components/schedule-filter-form";
import { ShareLink } from "../../_components/share-link";
import { ViewFeed } from "../../_components/view-feed";
import { PrintedEventUrl } from "../../_components/printed-url";
import { ViewSwitch } from "../../_components/view-switch";

/** Lanes of events drawn in a day; a day with more says how many more, linking to them in the list. */
const MAX_LANES = 6;

/** Months the calendar links to: the year itself, and any month the filtered events reach. */
function monthBounds(filters: ScheduleFilters) {
  const range = scheduleDateRange(filters);
  const first = [`${TIMELINE_YEAR}-01`, range?.first.slice(0, 7) ?? "9999"].sort()[0];
  const last = [`${TIMELINE_YEAR}-12`, range?.last.slice(0, 7) ?? "0000"].sort()[1];
  return { first, last };
}

/** The list page that holds the events of `date` (a search lists title matches first, so its first page). */
function listPageOf(filters: ScheduleFilters, date: string): ScheduleFilters {
  if (filters.q) return filters;
  return { ...filters, page: Math.floor(countEventsStartingBefore(filters, date) / SCHEDULE_PAGE_SIZE) + 1 };
}

async function CalendarEntry({ entry, locale }: { entry: GridEntry<PublicEvent>; locale: AppLocale }) {
  const t = await getTranslations("views.calendar");
  const { item: event, lane, head, span } = entry;
  const title = localizedField(event, "title", locale);
  const cancelled = event.status === "cancelled";
  const time = !event.allDay && event.startAt ? instantToLocal(event.startAt, event.timeZone).time : null;
  const classes = ["cal-event", span > 1 && "cal-event--bar", !head && "cal-event--more-days", cancelled && "cal-event--cancelled", event.isSpecial && "cal-event--special", event.isTentative && "cal-event--planned"];
  const style = { gridRow: lane + 1, ...(span > 1 ? { "--span": span } : {}) } as React.CSSProperties;
  if (!head) {
    return (
      <li className={classes.filter(Boolean).join(" ")} style={style}>
        <span className="cal-event__continued" lang={title.lang === locale ? undefined : title.lang}>
          {title.text} ({t("continued")})
        </span>
      </li>
    );
  }
  return (
    <li className={classes.filter(Boolean).join(" ")} style={style}>
      <LocaleLink href={`/events/${event.slug}`} className="cal-event__link">
        {entry.fromEarlier && <span aria-hidden="true">◂ </span>}
        {entry.fromEarlier && <span className="visually-hidden">({t("fromEarlier")}) </span>}
        {time && <span className="cal-event__time">{time} </span>}
        {event.isSpecial && (
          <>
            <span aria-hidden="true">★</span>
            <span className="visually-hidden">{t("special")}: </span>
          </>
        )}
        <span lang={title.lang === locale ? undefined : title.lang}>{title.text}</span>
        {event.isTentative && <span className="cal-event__note"> ({t("planned")})</span>}
        {cancelled && <span className="cal-event__note"> ({t("cancelled")})</span>}
        {entry.untilLater && <span className="visually-hidden"> ({t("untilLater")})</span>}
        {entry.untilLater && <span aria-hidden="true"> ▸</span>}
      </LocaleLink>
    </li>
  );
}

/**
 * A month of the schedule, with the schedule's filters: a table of weeks (the week starting as the
 * page's readers expect), each day listing its events, multi-day events drawn as bars across their
 * days; month-only events in a row of their own. At phone width the same table reads as an agenda
 * of the days that have events (globals.css). On paper the grid is followed by the addresses of its events.
 */
export async function CalendarView({ locale, month, query }: { locale: AppLocale; month: string; query: URLSearchParams }) {
  const t = await getTranslations("views.calendar");
  const parsed = parseScheduleFilters(query);
  const filters: ScheduleFilters = { ...parsed.filters, page: undefined };
  const first = `${month}-01`;
  const events = listEventsBetween(filters, first, lastDayOfMonth(month));
  const monthOnly = events.filter((e) => !hasDays(e));
  const weeks = layoutMonth(month, WEEK_START[locale], events.filter(hasDays), MAX_LANES);
  // The addresses printed under the grid: the events it draws (at most MAX_LANES a day), not every
  // event of the month, which at a large size would make the page megabytes long.
  const drawn = new Set(weeks.flatMap((week) => week.flatMap((day) => (day.inMonth ? day.entries.map((entry) => entry.item.id) : []))));
  const printed = events.filter((event) => drawn.has(event.id) || !hasDays(event));
  const bounds = monthBounds(filters);
  const [previous, next] = [addMonths(month, -1), addMonths(month, 1)];
  const monthName = formatMonth(month, locale);
  const pageUrl = `${publicBaseUrl()}/${locale}${monthHref(month, filters).replace(/^\/$/, "")}`;
  const weekdays = weekdayOrder(WEEK_START[locale]);

  return (
    <div className="schedule calendar-view">
      <h1>{t("title", { month: monthName })}</h1>
      <p className="lead">{t("intro", { month: monthName })}</p>
      <ViewSwitch current="month" hrefs={{ list: listHref(listPageOf(filters, first)), month: monthHref(month, filters), year: yearHref(filters) }} />
      <ScheduleFilterForm filters={filters} locale={locale} />
      <FilterProblems problems={parsed.problems.filter((p) => p.param !== "page")} />
      <div className="results-bar">
        <p className="results-count">{t("count", { count: events.length })}</p>
        <FiltersInForce filters={filters} locale={locale} clearHref={monthHref(month, {})} />
        <ViewFeed filters={filters} locale={locale} />
      </div>
      <nav className="month-nav" aria-label={t("monthNav")}>
        {previous >= bounds.first && (
          <LocaleLink href={monthHref(previous, filters)} rel="prev">
            {t("previous", { month: formatMonth(previous, locale) })}
          </LocaleLink>
        )}
        {next <= bounds.last && (
          <LocaleLink href={monthHref(next, filters)} rel="next" className="month-nav__next">
            {t("next", { month: formatMonth(next, locale) })}
          </LocaleLink>
        )}
      </nav>
      {monthOnly.length > 0 && (
        <section className="cal-tbc" aria-labelledby="cal-tbc">
          <h2 id="cal-tbc">{t("toBeConfirmed")}</h2>
          <p className="hint">{t("toBeConfirmedHint")}</p>
          <ul>
            {monthOnly.map((event) => {
              const title = localizedField(event, "title", locale);
              return (
                <li key={event.id} className={event.status === "cancelled" ? "cal-event--cancelled" : undefined}>
                  <LocaleLink href={`/events/${event.slug}`} lang={title.lang === locale ? undefined : title.lang}>
                    {event.isSpecial && "★ "}
                    {title.text}
                  </LocaleLink>{" "}
                  <span className="hint">{formatEventDate(eventDateFromRow(event), locale)}</span>
                  {event.status === "cancelled" && <span className="cal-event__note"> ({t("cancelled")})</span>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <table className="cal">
        <caption className="visually-hidden">{t("caption", { month: monthName })}</caption>
        <thead>
          <tr>
            {weekdays.map((wd) => (
              <th key={wd} scope="col" className={wd === 0 || wd === 6 ? "cal-weekend" : undefined}>
                <abbr title={weekdayName(wd, locale, "long")}>{weekdayName(wd, locale, "short")}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0].date}>
              {week.map((day) => (
                <td key={day.date} className={["cal-day", !day.inMonth && "cal-day--outside", day.inMonth && day.entries.length === 0 && day.hidden === 0 && "cal-day--empty"].filter(Boolean).join(" ")}>
                  {day.inMonth && (
                    <>
                      <p className="cal-day__date">
                        <span className="cal-day__number" aria-hidden="true">
                          {Number(day.date.slice(8))}
                        </span>
                        <span className="cal-day__full">{formatDate(day.date, locale)}</span>
                      </p>
                      {day.entries.length > 0 && (
                        <ul className="cal-events">
                          {day.entries.map((entry) => (
                            <CalendarEntry key={entry.item.id} entry={entry} locale={locale} />
                          ))}
                        </ul>
                      )}
                      {day.hidden > 0 && (
                        <p className="cal-day__more">
                          <LocaleLink href={listHref(listPageOf(filters, day.date))}>
                            {t("more", { count: day.hidden })}
                            <span className="visually-hidden"> ({formatDate(day.date, locale)})</span>
                          </LocaleLink>
                        </p>
                      )}
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {printed.length > 0 && (
        <section className="print-only cal-addresses" aria-labelledby="cal-addresses">
          <h2 id="cal-addresses">{t("addresses")}</h2>
          <ol>
            {printed.map((event) => (
              <li key={event.id}>
                {formatEventDate(eventDateFromRow(event), locale)} {localizedField(event, "title", locale).text}
                <PrintedEventUrl slug={event.slug} locale={locale} />
              </li>
            ))}
          </ol>
        </section>
      )}
      <ShareLink url={pageUrl} />
      <ExportLinks locale={locale} query={[scheduleFiltersToQuery(filters, { withPage: false }), `month=${month}`].filter(Boolean).join("&")} />
    </div>
  );
}
