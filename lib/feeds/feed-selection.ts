import { countryName, type CountryCode } from "@/lib/events/countries";
import { HOST_KIND_LABELS } from "@/lib/events/hosts";
import { EVENT_KIND_LABELS } from "@/lib/events/kinds";
import { type ScheduleFilters, scheduleFiltersToQuery } from "@/lib/events/schedule-filters";
import { sectorLabel, type Sector } from "@/lib/events/sectors";
import { type FeedLang, feedText } from "./feed-text";
import { type FeedRoute, feedRoutePath } from "./feed-routes";
import { type FeedRange, type FeedWindow, isWindowed } from "./feed-window";

/** Which events a feed holds. Every kind has one stable, locale-free URL (feed-routes.ts feedPath). */
export type FeedSelection =
  | { kind: "all" }
  | { kind: "special" }
  | { kind: "youth" }
  | { kind: "sector"; sector: Sector }
  | { kind: "country"; country: CountryCode }
  | { kind: "filter"; filters: ScheduleFilters }
  | { kind: "event"; slug: string };

export type CollectionSelection = Exclude<FeedSelection, { kind: "event" }>;

/** What the database is asked for a feed's events: schedule filters, or one event's slug. */
export type FeedQuery = { filters: ScheduleFilters } | { slug: string };

export function feedQuery(selection: FeedSelection): FeedQuery {
  return selection.kind === "event" ? { slug: selection.slug } : { filters: selectionFilters(selection) };
}

/** The schedule filters equivalent to a feed (the filtered feed takes them from its query). */
export function selectionFilters(selection: CollectionSelection): ScheduleFilters {
  switch (selection.kind) {
    case "all":
      return {};
    case "special":
      return { special: true };
    case "youth":
      return { type: "program" };
    case "sector":
      return { sector: selection.sector };
    case "country":
      return { country: selection.country };
    case "filter": {
      const { page: _page, ...filters } = selection.filters;
      return filters;
    }
  }
}

/** The route that serves a selection (feed-routes.ts). */
function selectionRoute(selection: FeedSelection): FeedRoute {
  switch (selection.kind) {
    case "sector":
      return { kind: "sector", file: `${selection.sector}.ics` };
    case "country":
      return { kind: "country", file: `${selection.country}.ics` };
    case "event":
      return { kind: "event", file: `${selection.slug}.ics` };
    default:
      return { kind: selection.kind };
  }
}

/**
 * Path and query of a feed: "/feeds/all.ics?lang=ja", "/feeds/all.ics?range=all&lang=ja".
 * The language always comes last. A single event is never windowed: its path has no range.
 */
export function feedPath(selection: FeedSelection, lang: FeedLang, range: FeedRange = "window"): string {
  const filters = selection.kind === "filter" ? scheduleFiltersToQuery(selectionFilters(selection), { withPage: false }) : "";
  const rangeParam = range === "all" && selection.kind !== "event" ? "range=all&" : "";
  return `${feedRoutePath(selectionRoute(selection))}?${filters ? `${filters}&` : ""}${rangeParam}lang=${lang}`;
}

/** Cache key: one entry per feed, language, range and normalised filter query. */
export function feedCacheKey(selection: FeedSelection, lang: FeedLang, range: FeedRange): string {
  return feedPath(selection, lang, range);
}

/** The web page that shows the same events (the feed's URL property). */
export function feedPagePath(selection: CollectionSelection, lang: FeedLang): string {
  if (selection.kind === "youth") return `/${lang}/youth-program`;
  const query = scheduleFiltersToQuery(selectionFilters(selection), { withPage: false });
  return `/${lang}${query ? `?${query}` : ""}`;
}

/** The feed's name, as on the /feeds page and in NAME / X-WR-CALNAME (sanitised when written). */
export function feedName(selection: CollectionSelection, lang: FeedLang): string {
  const t = feedText(lang);
  switch (selection.kind) {
    case "all":
    case "special":
    case "youth":
      return t(`names.${selection.kind}`);
    case "sector":
      return t("names.sector", { sector: sectorLabel(selection.sector, lang) });
    case "country":
      return t("names.country", { country: countryName(selection.country, lang) });
    case "filter": {
      const filters = filtersLabel(selectionFilters(selection), lang);
      return filters ? t("names.filter", { filters }) : t("names.all");
    }
  }
}

/** The filters in words ("Tourism / Japan / ★ special meetings"), or "" for none. */
export function filtersLabel(f: ScheduleFilters, lang: FeedLang): string {
  const t = feedText(lang);
  const parts = [
    f.sector && sectorLabel(f.sector, lang),
    f.country && countryName(f.country, lang),
    f.host && HOST_KIND_LABELS[f.host][lang],
    f.type && EVENT_KIND_LABELS[f.type][lang],
    f.special && t("names.specialFilter"),
    f.q && t("names.search", { q: f.q }),
  ].filter((p): p is string => Boolean(p));
  return parts.join(t("names.filterSeparator"));
}

/** "100,031": digits grouped the same way in both languages. */
const groupedNumber = (n: number) => n.toLocaleString("en-US");

/**
 * The calendar properties of a subscribable feed (absolute URLs from the public origin). SOURCE
 * is the URL the feed was asked for (with its range); a windowed feed says so in X-WR-CALDESC,
 * with the numbers and the full-range URL (built from validated parts; sanitised when written).
 */
export function feedCalendarInfo(selection: CollectionSelection, lang: FeedLang, baseUrl: string, window: FeedWindow) {
  const t = feedText(lang);
  const name = feedName(selection, lang);
  const description = t("calendarDescription", { feed: name });
  return {
    name,
    description: isWindowed(window)
      ? t("windowedDescription", {
          description,
          shown: groupedNumber(window.total - window.skip),
          total: groupedNumber(window.total),
          url: `${baseUrl}${feedPath(selection, lang, "all")}`,
        })
      : description,
    url: `${baseUrl}${feedPagePath(selection, lang)}`,
    source: `${baseUrl}${feedPath(selection, lang, window.range)}`,
  };
}
