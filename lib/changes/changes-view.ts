import { type FilterProblem, parseScheduleFilters, type ScheduleFilters, scheduleFiltersToQuery } from "@/lib/events/schedule-filters";
import { filteredViewPath } from "@/lib/events/schedule-view-path";
import { isCalendarDate } from "@/lib/time/calendar-date";

/**
 * A view of the public changelog, carried in its URL like the schedule's filters:
 *   /{locale}/changes?sector=tourism&country=JP&type=meeting&special=1&q=text&since=2023-10-01&page=2
 * The schedule's filters (lib/events/schedule-filters.ts) choose the events; `since` is the first
 * day (Japan time, lib/changes/change-time.ts) whose changes are shown.
 */
export type ChangesView = { filters: ScheduleFilters; since: string | null };

const SINCE_PARAM = "since";

/** A calendar date within the years the app takes for events. */
export function isSinceDate(value: string): boolean {
  return isCalendarDate(value) && value >= "2000-01-01" && value <= "2099-12-31";
}

/** Reads a view from a query: a bad filter or date is reported and left out, the rest apply. */
export function parseChangesView(query: URLSearchParams): { view: ChangesView; problems: FilterProblem[]; badSince: string | null } {
  const { filters, problems } = parseScheduleFilters(query);
  const raw = query.get(SINCE_PARAM)?.trim() ?? "";
  const since = raw !== "" && isSinceDate(raw) ? raw : null;
  return { view: { filters, since }, problems, badSince: raw !== "" && since === null ? raw : null };
}

/** The query of a view (without "?"), in a fixed order so equal views give equal URLs: the filters, since, then the page. */
export function changesViewQuery(view: ChangesView, { withPage = true } = {}): string {
  const { page, ...filters } = view.filters;
  const parts = [scheduleFiltersToQuery(filters), view.since ? new URLSearchParams({ [SINCE_PARAM]: view.since }).toString() : ""];
  if (withPage && page && page > 1) parts.push(`page=${page}`);
  return parts.filter((p) => p !== "").join("&");
}

/** The locale-free address of a view ("/changes?sector=tourism"), for LocaleLink. */
export function changesViewHref(view: ChangesView): string {
  const query = changesViewQuery(view);
  return query ? `/changes?${query}` : "/changes";
}

/** The internal path for a changelog request with a query (proxy.ts), or null when it needs none. */
export function filteredChangesPath(locale: string, query: URLSearchParams): string | null {
  return filteredViewPath(`/${locale}/changes`, query);
}

/** The path of the Atom feed of the changes to `filters`' events, in `lang` ("/feeds/changes.atom?sector=tourism&lang=en"). */
export function changesFeedPath(filters: ScheduleFilters, lang: "ja" | "en"): string {
  const { page: _page, ...rest } = filters;
  const query = scheduleFiltersToQuery(rest);
  return `/feeds/changes.atom?${query ? `${query}&` : ""}lang=${lang}`;
}
