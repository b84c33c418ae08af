import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { lastPublicChangeAt } from "@/db/queries/public-changes";
import type { AppLocale } from "@/i18n/routing";
import { changeDay, formatChangeDay } from "@/lib/changes/change-time";
import { scheduleFiltersToQuery } from "@/lib/events/schedule-filters";
import { type CollectionSelection, feedName, feedPath, selectionFilters } from "@/lib/feeds/feed-selection";
import { addDays } from "@/lib/time/calendar-date";
import styles from "../feeds.module.css";

/** With no change yet, "since" starts at the schedule's year. */
const FIRST_DAY = "2023-01-01";
/** How far before the latest change the date field starts: the changes of about a month. */
const DEFAULT_DAYS = 30;

/**
 * When a feed's events last changed publicly, and "What changed since…": a plain GET form to the
 * changelog filtered to the feed's events (works without JavaScript), from a date the reader picks.
 * The default date comes from the data (a month before the latest change), never the clock.
 */
export async function FeedChanges({ selection, locale }: { selection: CollectionSelection; locale: AppLocale }) {
  const t = await getTranslations("changes.feeds");
  const filters = selectionFilters(selection);
  const last = lastPublicChangeAt(getDb(), filters);
  const since = last ? addDays(changeDay(last), -DEFAULT_DAYS) : FIRST_DAY;
  const hidden = [...new URLSearchParams(scheduleFiltersToQuery(filters))];
  const id = `since-${feedPath(selection, locale).replace(/[^a-z0-9]+/gi, "-")}`;
  return (
    <>
      <p className="hint">{last ? t("lastChange", { date: formatChangeDay(last, locale) }) : t("noChange")}</p>
      <form method="get" action={`/${locale}/changes`} className={styles.since}>
        {hidden.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor={id}>{t("sinceLabel")}</label>
        <input id={id} name="since" type="date" min="2000-01-01" max="2099-12-31" defaultValue={since} />
        <button type="submit" className="secondary" aria-label={t("showLabel", { feed: feedName(selection, locale) })}>
          {t("show")}
        </button>
      </form>
    </>
  );
}
