import { z } from "zod";
import { pageNumberSchema } from "@/lib/validation/page-number";
import { COUNTRY_CODES } from "./countries";
import { isOtherHostKind, OTHER_HOST_KINDS } from "./hosts";
import { EVENT_KINDS } from "./kinds";
import { SECTORS } from "./sectors";

/**
 * The filters of the public schedule, carried in the URL query so any view can be shared,
 * bookmarked and subscribed to (the filtered feed takes the same parameters).
 *   sector=tourism  country=JP|online|several|asean|unstated  type=meeting|event|program
 *   special=1  q=text  page=2
 * `country` is the schedule's "Host" choice: a country code, or a host that is no one country
 * (read into `host`), so existing country URLs and feeds keep their form.
 */
export const scheduleFiltersSchema = z.object({
  sector: z.enum(SECTORS).optional(),
  country: z.enum(COUNTRY_CODES as [string, ...string[]]).optional(),
  host: z.enum(OTHER_HOST_KINDS).optional(),
  type: z.enum(EVENT_KINDS).optional(),
  special: z.literal(true).optional(),
  q: z.string().trim().max(100).optional(),
  page: pageNumberSchema.optional(),
});

export type ScheduleFilters = z.infer<typeof scheduleFiltersSchema>;
export type FilterParam = keyof ScheduleFilters;
export type FilterProblem = { param: FilterParam; value: string };

type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

function first(input: QueryInput, key: string): string | undefined {
  const v = input instanceof URLSearchParams ? input.get(key) ?? undefined : input[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s.trim() === "" ? undefined : s;
}

/**
 * Reads filters from a query. Each parameter is checked on its own: a bad one is reported
 * (so the page can say so, or a feed can answer 400) and left out, the rest still apply.
 */
export function parseScheduleFilters(input: QueryInput): { filters: ScheduleFilters; problems: FilterProblem[] } {
  const host = first(input, "country");
  const isKind = host !== undefined && isOtherHostKind(host.toLowerCase());
  const raw: Record<FilterParam, unknown> = {
    sector: first(input, "sector"),
    country: isKind ? undefined : host?.toUpperCase(),
    host: isKind ? host.toLowerCase() : undefined,
    type: first(input, "type"),
    special: first(input, "special") === undefined ? undefined : ["1", "true", "on"].includes(first(input, "special")!) || first(input, "special"),
    q: first(input, "q"),
    page: first(input, "page") === undefined ? undefined : Number(first(input, "page")),
  };
  const filters: Record<string, unknown> = {};
  const problems: FilterProblem[] = [];
  for (const key of Object.keys(raw) as FilterParam[]) {
    if (raw[key] === undefined) continue;
    const parsed = scheduleFiltersSchema.shape[key].safeParse(raw[key]);
    if (parsed.success) {
      if (parsed.data !== undefined && parsed.data !== "") filters[key] = parsed.data;
    } else {
      problems.push({ param: key, value: String(first(input, key)) });
    }
  }
  return { filters: filters as ScheduleFilters, problems };
}

/** The query string for filters (without "?"), in a fixed order so equal views give equal URLs. */
export function scheduleFiltersToQuery(filters: ScheduleFilters, { withPage = true } = {}): string {
  const p = new URLSearchParams();
  if (filters.sector) p.set("sector", filters.sector);
  if (filters.country) p.set("country", filters.country);
  if (filters.host) p.set("country", filters.host);
  if (filters.type) p.set("type", filters.type);
  if (filters.special) p.set("special", "1");
  if (filters.q) p.set("q", filters.q);
  if (withPage && filters.page && filters.page > 1) p.set("page", String(filters.page));
  return p.toString();
}

export function hasActiveFilters(filters: ScheduleFilters): boolean {
  return scheduleFiltersToQuery(filters, { withPage: false }) !== "";
}
