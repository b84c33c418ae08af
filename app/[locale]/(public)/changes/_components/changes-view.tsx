import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { countPublicChanges, listPublicChanges } from "@/db/queries/public-changes";
import type { AppLocale } from "@/i18n/routing";
import { changeDay, formatChangeDay, startOfChangeDay } from "@/lib/changes/change-time";
import { changesFeedPath, changesViewHref, parseChangesView } from "@/lib/changes/changes-view";
import { hasActiveFilters } from "@/lib/events/schedule-filters";
import { schedulePagination } from "@/lib/events/schedule-pagination";
import { formatDate } from "@/lib/time/format";
import { LocaleLink } from "../../../_components/locale-link";
import { Pagination } from "../../_components/pagination";
import { ScheduleFilterForm } from "../../_components/schedule-filter-form";
import styles from "../changes.module.css";
import { ChangeEntry } from "./change-entry";

/** An entry is about 2.5 kB of page (its HTML and its RSC payload): 30 keep a page near the schedule's size. */
export const CHANGES_PAGE_SIZE = 30;

/** Entries grouped by the day (Japan time) they were made, newest day first. */
function byDay<E extends { at: Date }>(entries: E[]): { day: string; entries: E[] }[] {
  const days: { day: string; entries: E[] }[] = [];
  for (const entry of entries) {
    const day = changeDay(entry.at);
    if (days.at(-1)?.day !== day) days.push({ day, entries: [] });
    days.at(-1)!.entries.push(entry);
  }
  return days;
}

/** The changelog for one URL query: the unfiltered page and every filtered view (proxy.ts). */
export async function ChangesView({ locale, query }: { locale: AppLocale; query: URLSearchParams }) {
  const t = await getTranslations("changes");
  const ts = await getTranslations("schedule");
  const { view, problems, badSince } = parseChangesView(query);
  const read = { filters: view.filters, since: view.since ? startOfChangeDay(view.since) : null };
  const total = countPublicChanges(getDb(), read);
  const pagination = schedulePagination(total, view.filters.page ?? 1, CHANGES_PAGE_SIZE);
  const entries = pagination.beyondLast ? [] : listPublicChanges(getDb(), read, { limit: CHANGES_PAGE_SIZE, offset: (pagination.page - 1) * CHANGES_PAGE_SIZE });
  const sinceText = view.since ? formatDate(view.since, locale) : null;

  return (
    <div>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <ScheduleFilterForm filters={view.filters} locale={locale} childrenInUse={view.since !== null}>
        <div className="field">
          <label htmlFor="f-since">{t("since")}</label>
          <input id="f-since" name="since" type="date" min="2000-01-01" max="2099-12-31" defaultValue={view.since ?? ""} aria-describedby="f-since-hint" />
          <span id="f-since-hint" className="hint">{t("sinceHint")}</span>
        </div>
      </ScheduleFilterForm>
      {(problems.length > 0 || badSince) && (
        <div role="alert" className="notice notice--warning">
          {problems.map((p) => (
            <p key={p.param}>{ts("filters.invalid", { filter: ts(`filters.param.${p.param}`), value: p.value })}</p>
          ))}
          {badSince && <p>{t("sinceInvalid", { value: badSince })}</p>}
        </div>
      )}
      <div className="results-bar">
        <p aria-live="polite" className="results-count">
          {sinceText ? t("showingSince", { count: total, date: sinceText }) : t("showing", { count: total })}
        </p>
        {(hasActiveFilters(view.filters) || view.since) && (
          <p>
            <LocaleLink href="/changes">{t("reset")}</LocaleLink>
          </p>
        )}
        <p className={styles.atom}>
          <a href={changesFeedPath(view.filters, locale)} type="application/atom+xml">
            {t("atom")}
          </a>
          <span className="hint">{t("atomHint")}</span>
        </p>
      </div>
      <p className="hint">{t("timesNote")}</p>
      {byDay(entries).map(({ day, entries: dayEntries }) => (
        <section key={day} aria-labelledby={`day-${day}`} className={styles.day}>
          <h2 id={`day-${day}`}>{formatChangeDay(dayEntries[0].at, locale)}</h2>
          <ol className={styles.list}>
            {dayEntries.map((entry) => (
              <ChangeEntry key={entry.id} entry={entry} locale={locale} />
            ))}
          </ol>
        </section>
      ))}
      <Pagination {...pagination} filters={view.filters} pageHref={(page) => changesViewHref({ ...view, filters: { ...view.filters, page } })} />
    </div>
  );
}
