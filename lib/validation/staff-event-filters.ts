import { z } from "zod";
import { COUNTRY_CODES } from "@/lib/events/countries";
import { EVENT_KINDS } from "@/lib/events/kinds";
import { SECTORS } from "@/lib/events/sectors";
import { pageNumberSchema } from "./page-number";

/** Status filter of the staff list: the three statuses of live events, or soft-deleted rows (no filter: all of them). */
export const STAFF_STATUS_FILTERS = ["draft", "published", "cancelled", "deleted"] as const;
export type StaffStatusFilter = (typeof STAFF_STATUS_FILTERS)[number];

export const staffEventFiltersSchema = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(STAFF_STATUS_FILTERS).optional(),
  kind: z.enum(EVENT_KINDS).optional(),
  sector: z.enum(SECTORS).optional(),
  country: z.enum(COUNTRY_CODES as [string, ...string[]]).optional(),
  page: z.coerce.number().pipe(pageNumberSchema).optional(),
});

export type StaffEventFilters = z.infer<typeof staffEventFiltersSchema>;
type Query = Record<string, string | string[] | undefined>;

/** Reads the list filters from the URL; a bad or empty parameter is simply ignored. */
export function parseStaffEventFilters(query: Query): StaffEventFilters {
  const filters: Record<string, unknown> = {};
  for (const key of Object.keys(staffEventFiltersSchema.shape) as (keyof StaffEventFilters)[]) {
    const raw = query[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value.trim() === "") continue;
    const parsed = staffEventFiltersSchema.shape[key].safeParse(key === "country" ? value.toUpperCase() : value);
    if (parsed.success && parsed.data !== undefined && parsed.data !== "") filters[key] = parsed.data;
  }
  return filters as StaffEventFilters;
}

/** The query string for filters, in a fixed order (links, pagination). */
export function staffEventFiltersToQuery(filters: StaffEventFilters, page = filters.page): string {
  const p = new URLSearchParams();
  for (const key of ["q", "status", "kind", "sector", "country"] as const) {
    if (filters[key]) p.set(key, String(filters[key]));
  }
  if (page && page > 1) p.set("page", String(page));
  return p.toString();
}
