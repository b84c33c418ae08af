import { type ScheduleFilters, scheduleFiltersToQuery } from "./schedule-filters";

/**
 * The three ways to see the schedule, each taking the same filters in its URL query: the list
 * (/{locale}), a month of the calendar (/{locale}/calendar/{yyyy-mm}) and the year timeline
 * (/{locale}/year, with rows=host for rows by host instead of sector). Addresses here are without
 * the locale (LocaleLink adds it).
 */
export const SCHEDULE_VIEWS = ["list", "month", "year"] as const;
export type ScheduleViewKind = (typeof SCHEDULE_VIEWS)[number];

/** What the year timeline's rows are: sectors (the default) or hosts. */
export const TIMELINE_ROWS = ["sector", "host"] as const;
export type TimelineRows = (typeof TIMELINE_ROWS)[number];

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

export function listHref(filters: ScheduleFilters): string {
  return withQuery("/", scheduleFiltersToQuery(filters));
}

export function monthHref(month: string, filters: ScheduleFilters): string {
  return withQuery(`/calendar/${month}`, scheduleFiltersToQuery(filters, { withPage: false }));
}

export function yearHref(filters: ScheduleFilters, rows: TimelineRows = "sector"): string {
  const query = new URLSearchParams(scheduleFiltersToQuery(filters, { withPage: false }));
  if (rows !== "sector") query.set("rows", rows);
  return withQuery("/year", query.toString());
}

/** The timeline's rows from its query; a value not understood is reported and the default used. */
export function parseTimelineRows(query: URLSearchParams): { rows: TimelineRows; problem: string | null } {
  const value = query.get("rows")?.trim() ?? "";
  if (value === "") return { rows: "sector", problem: null };
  return (TIMELINE_ROWS as readonly string[]).includes(value) ? { rows: value as TimelineRows, problem: null } : { rows: "sector", problem: value };
}
