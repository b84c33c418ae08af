import { getTranslations } from "next-intl/server";
import { countEventsBetween, countEventsByRowAndMonth, listEventsBetween, scheduleDateRange } from "@/db/queries/calendar-events";
import { getProgramById } from "@/db/queries/programs";
import type { PublicEvent } from "@/db/queries/public-events";
import { LocaleLink } from "../../../_components/locale-link";
import { localizedField } from "@/i18n/localized";
import type { AppLocale } from "@/i18n/routing";
import { publicBaseUrl } from "@/lib/env";
import { sortRowKeys, type TimelineRow, timelineRows } from "@/lib/calendar/timeline-rows";
import { packLanes, TIMELINE_YEAR, yearEnd, yearMonths, yearPosition, yearStart } from "@/lib/calendar/year-timeline";
import { hostFromValue, hostValueLabel } from "@/lib/events/hosts";
import { parseScheduleFilters, type ScheduleFilters, scheduleFiltersToQuery } from "@/lib/events/schedule-filters";
import { listHref, monthHref, parseTimelineRows, type TimelineRows, yearHref } from "@/lib/events/schedule-views";
import { sectorLabel } from "@/lib/events/sectors";
import { eventDateFromRow, hasDays } from "@/lib/time/date-precision";
import { formatEventDate, formatMonth, formatMonthShort } from "@/lib/time/format";
import { EventBadges } from "../../_components/event-badges";
import { FilterProblems } from "../../_components/filter-problems";
import { ExportLinks } from "../../_components/export-links";
import { FiltersInForce } from "../../_components/filters-in-force";
import { ScheduleFilterForm } from "../../_components/schedule-filter-form";
import { ShareLink } from "../../_components/share-link";
import { ViewFeed } from "../../_components/view-feed";
import { PrintedEventUrl } from "../../_components/printed-url";
import { ViewSwitch } from "../../_components/view-switch";

/** Above this many events the timeline counts them per month instead of marking each (a page must stay light). */
export const TIMELINE_MARK_LIMIT = 300;
/** Marks are drawn at least this many days wide (a single day would be a hairline), and packed into lanes accordingly. */
const MARK_MIN_DAYS = 4;
/** Height of a lane, rem (globals.css draws a mark 1 rem high). */
const LANE_REM = 1.25;

const year = TIMELINE_YEAR;

function rowLabel(row: TimelineRow<PublicEvent>, locale: AppLocale): string {
  if (row.kind === "program") {
    const program = getProgramById(row.programId);
    return program ? localizedField(program, "name", locale).text : "";
  }
  return row.kind === "sector" ? sectorLabel(row.key, locale) : hostValueLabel(row.key, locale);
}

/** The filter that narrows a view to one row (a sector, or a host). */
function rowFilter(rows: TimelineRows, key: string): ScheduleFilters {
  if (rows === "sector") return { sector: key as ScheduleFilters["sector"] };
  const host = hostFromValue(key);
  if (!host) return {};
  return host.countryCode ? { country: host.countryCode } : { host: host.hostKind as ScheduleFilters["host"] };
}

function Mark({ event, lane, locale, phase }: { event: PublicEvent; lane: number; locale: AppLocale; phase?: number }) {
  const position = yearPosition(event, year);
  if (!position) return null;
  const title = localizedField(event, "title", locale).text;
  const classes = [
    "timeline__mark",
    event.isSpecial && "timeline__mark--special",
    event.status === "cancelled" && "timeline__mark--cancelled",
    (!hasDays(event) || event.isTentative) && "timeline__mark--unconfirmed",
    phase !== undefined && `timeline__mark--phase${phase % 2}`,
  ];
  return (
    <a
      href={`/${locale}/events/${event.slug}`}
      tabIndex={-1}
      className={classes.filter(Boolean).join(" ")}
      style={{ left: `${position.left}%`, width: `${position.width}%`, top: `${lane * LANE_REM + 0.25}rem` }}
      title={`${title} — ${formatEventDate(eventDateFromRow(event), locale)}`}
    >
      {event.isSpecial ? "★" : ""}
    </a>
  );
}

function Track({ children, lanes }: { children: React.ReactNode; lanes: number }) {
  return (
    <div className="timeline__track" style={{ height: `${Math.max(1, lanes) * LANE_REM + 0.5}rem` }}>
      {children}
    </div>
  );
}

/** The chart: a picture of the list that follows it, hidden from assistive technology (its links are the list's, out of the tab order). */
function Chart({ rows, locale, label }: { rows: TimelineRow<PublicEvent>[]; locale: AppLocale; label: string }) {
  const months = yearMonths(year);
  return (
    <div className="timeline-scroll" tabIndex={0} role="region" aria-label={label}>
      <div className="timeline" aria-hidden="true">
        <div className="timeline__grid">
          {months.map((m) => (
            <span key={m.month} className="timeline__month-line" style={{ left: `${m.left}%` }} />
          ))}
        </div>
        <div className="timeline__row timeline__row--axis">
          <span className="timeline__label" />
          <div className="timeline__axis">
            {months.map((m) => (
              <span key={m.month} className="timeline__month" style={{ left: `${m.left}%`, width: `${m.width}%` }}>
                {formatMonthShort(m.month, locale)}
              </span>
            ))}
          </div>
        </div>
        {rows.map((row) => {
          const marks = packLanes(row.kind === "program" ? row.phases.map((p) => p.phase) : row.events, MARK_MIN_DAYS);
          const lanes = Math.max(0, ...marks.map((m) => m.lane)) + 1;
          return (
            <div key={row.kind === "program" ? `program-${row.programId}` : row.key} className={`timeline__row${row.kind === "program" ? " timeline__row--program" : ""}`}>
              <span className="timeline__label">{rowLabel(row, locale)}</span>
              <Track lanes={lanes}>
                {marks.map(({ item, lane }, i) => (
                  <Mark key={item.id} event={item} lane={lane} locale={locale} phase={row.kind === "program" ? i : undefined} />
                ))}
              </Track>
            </div>
          );
        })}
      </div>
    </div>
  );
}

async function ListItem({ event, locale, children }: { event: PublicEvent; locale: AppLocale; children?: React.ReactNode }) {
  const title = localizedField(event, "title", locale);
  return (
    <li className={event.status === "cancelled" ? "event-row--cancelled" : undefined}>
      <span className="timeline-list__date">{formatEventDate(eventDateFromRow(event), locale)}</span>{" "}
      <span className="event-row__title">
        <LocaleLink href={`/events/${event.slug}`} lang={title.lang === locale ? undefined : title.lang}>
          {title.text}
        </LocaleLink>
      </span>
      <EventBadges event={event} />
      <PrintedEventUrl slug={event.slug} locale={locale} />
      {children}
    </li>
  );
}

/** The text alternative of the chart: the same rows and events, as headed lists. */
async function TimelineList({ rows, locale }: { rows: TimelineRow<PublicEvent>[]; locale: AppLocale }) {
  const t = await getTranslations("views.year");
  return rows.map((row, index) => {
    const id = `row-${index}`;
    return (
      <section key={id} aria-labelledby={id} className="timeline-list">
        <h3 id={id}>{rowLabel(row, locale)}</h3>
        {row.kind === "program" && <p className="hint">{t("program")}</p>}
        <ol>
          {row.kind === "program"
            ? row.phases.map(({ phase, items }) => (
                <ListItem key={phase.id} event={phase} locale={locale}>
                  {items.length > 0 && (
                    <ol aria-label={t("itemsOf")}>
                      {items.map((item) => (
                        <ListItem key={item.id} event={item} locale={locale} />
                      ))}
                    </ol>
                  )}
                </ListItem>
              ))
            : row.events.map((event) => <ListItem key={event.id} event={event} locale={locale} />)}
        </ol>
      </section>
    );
  });
}

/** Too many events to mark: how many start in each month, per row, each count opening that month's calendar for the row. */
async function MonthCounts({ filters, rows, locale }: { filters: ScheduleFilters; rows: TimelineRows; locale: AppLocale }) {
  const t = await getTranslations("views.year");
  const counts = countEventsByRowAndMonth(filters, yearStart(year), yearEnd(year), rows);
  const keys = sortRowKeys([...new Set(counts.map((c) => c.row))], rows);
  const months = yearMonths(year);
  const rowsName = rows === "sector" ? t("bySector") : t("byHost");
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t("countsLabel")}>
      <table className="timeline-counts">
        <caption>{t("countsCaption", { rows: rowsName })}</caption>
        <thead>
          <tr>
            <th scope="col">{rows === "sector" ? t("sectorColumn") : t("hostColumn")}</th>
            {months.map((m) => (
              <th key={m.month} scope="col">
                <abbr title={formatMonth(m.month, locale)}>{formatMonthShort(m.month, locale)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => {
            const label = rows === "sector" ? sectorLabel(key, locale) : hostValueLabel(key, locale);
            return (
              <tr key={key}>
                <th scope="row">{label}</th>
                {months.map((m) => {
                  const n = counts.find((c) => c.row === key && c.month === m.month)?.n ?? 0;
                  return (
                    <td key={m.month}>
                      {n > 0 && (
                        <LocaleLink href={monthHref(m.month, { ...filters, ...rowFilter(rows, key) })} aria-label={t("countLink", { count: n, row: label, month: formatMonth(m.month, locale) })}>
                          {n}
                        </LocaleLink>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * All of 2023 on one screen, with the schedule's filters: rows by sector or by host (rows=host),
 * months across, each event a mark at its dates linked to its page, the youth program one band of
 * its phases; under it the same events as a list (the chart's text alternative).
 */
export async function YearView({ locale, query }: { locale: AppLocale; query: URLSearchParams }) {
  const t = await getTranslations("views.year");
  const parsed = parseScheduleFilters(query);
  const filters: ScheduleFilters = { ...parsed.filters, page: undefined };
  const { rows, problem } = parseTimelineRows(query);
  const total = countEventsBetween(filters, yearStart(year), yearEnd(year));
  const marked = total <= TIMELINE_MARK_LIMIT ? timelineRows(listEventsBetween(filters, yearStart(year), yearEnd(year)), rows) : null;
  const firstMonth = scheduleDateRange(filters)?.first.slice(0, 7);
  const pageUrl = `${publicBaseUrl()}/${locale}${yearHref(filters, rows)}`;

  return (
    <div className="schedule year-view">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <ViewSwitch current="year" hrefs={{ list: listHref(filters), month: monthHref(firstMonth && firstMonth >= `${year}-01` ? firstMonth : `${year}-01`, filters), year: yearHref(filters, rows) }} />
      <nav className="rows-switch" aria-label={t("rowsLabel")}>
        <ul>
          {(["sector", "host"] as const).map((option) => (
            <li key={option}>
              <LocaleLink href={yearHref(filters, option)} aria-current={option === rows ? "page" : undefined}>
                {option === "sector" ? t("bySector") : t("byHost")}
              </LocaleLink>
            </li>
          ))}
        </ul>
      </nav>
      <ScheduleFilterForm filters={filters} locale={locale} keep={rows === "sector" ? {} : { rows }} />
      <FilterProblems problems={parsed.problems.filter((p) => p.param !== "page")} extra={problem === null ? [] : [t("rowsInvalid", { value: problem })]} />
      <div className="results-bar">
        <p className="results-count">{t("count", { count: total })}</p>
        <FiltersInForce filters={filters} locale={locale} clearHref={yearHref({}, rows)} />
        <ViewFeed filters={filters} locale={locale} />
      </div>
      {marked ? (
        <>
          <section aria-labelledby="timeline-chart">
            <h2 id="timeline-chart">{t("chartHeading")}</h2>
            <p className="hint screen-only">{t("chartHint")}</p>
            <Chart rows={marked} locale={locale} label={t("chartLabel")} />
          </section>
          <section aria-labelledby="timeline-list">
            <h2 id="timeline-list">{t("listHeading")}</h2>
            <TimelineList rows={marked} locale={locale} />
          </section>
        </>
      ) : (
        <section aria-labelledby="timeline-counts">
          <h2 id="timeline-counts">{t("chartHeading")}</h2>
          <p>{t("tooMany", { count: total })}</p>
          <MonthCounts filters={filters} rows={rows} locale={locale} />
        </section>
      )}
      <ShareLink url={pageUrl} />
      <ExportLinks locale={locale} query={scheduleFiltersToQuery(filters, { withPage: false })} />
    </div>
  );
}
