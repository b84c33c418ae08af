import { z } from "zod";
import { isOtherHostKind } from "@/lib/events/hosts";
import { EVENT_KINDS } from "@/lib/events/kinds";
import type { ScheduleFilters } from "@/lib/events/schedule-filters";
import { SECTORS } from "@/lib/events/sectors";
import { HOST_VALUES } from "@/lib/validation/event-input";
import { SLUG_PATTERN } from "@/lib/validation/event-fields";

/**
 * The filters of a view as query parameters, shared by the public API (/api/v1/events) and the
 * exports (/export/events.csv|json|ics): the schedule's (sector, country, type, special, q, the
 * same as the schedule's URL and the filtered feed), plus program (the program page's view) and
 * month (a month calendar's view: events overlapping that month). The API adds updatedSince,
 * cursor and limit. Every parameter is checked; an unknown one is refused, not ignored, so a typo
 * never widens a query silently.
 */
const host = z.preprocess(
  (v) => (typeof v === "string" ? (isOtherHostKind(v.toLowerCase()) ? v.toLowerCase() : v.toUpperCase()) : v),
  z.enum(HOST_VALUES),
);

export const viewFilterFields = {
  sector: z.enum(SECTORS).optional().meta({ description: "A sector (as in the schedule's URL)." }),
  country: host.optional().meta({ description: "The host: a country code (JP, TH…), or online, several, asean, unstated." }),
  type: z.enum(EVENT_KINDS).optional().meta({ description: "meeting, event (other events) or program (the youth exchange itinerary)." }),
  special: z.enum(["1", "true"]).optional().meta({ description: "1: only the special 50th-anniversary meetings (★)." }),
  q: z.string().trim().min(1).max(100).optional().meta({ description: "Words in the title, description, city or venue (either language)." }),
  program: z.string().max(100).regex(SLUG_PATTERN).optional().meta({ description: "A program's slug (GET /api/v1/programs): its itinerary.", example: "youth-exchange-program-2023" }),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .meta({ description: "YYYY-MM: the events that overlap this month (a month calendar's view).", example: "2023-12" }),
};

export const API_LIMIT_MAX = 500;

export const apiEventsQuerySchema = z.strictObject({
  ...viewFilterFields,
  updatedSince: z.iso.datetime({ offset: true }).optional().meta({ description: "Only events changed at or after this instant (ISO 8601). Events that stop being public leave the results; the changelog will list them." }),
  cursor: z.string().max(200).optional().meta({ description: "The nextCursor of the previous page." }),
  limit: z
    .string()
    .regex(/^\d{1,3}$/)
    .optional()
    .meta({ description: `Events per page, 1–${API_LIMIT_MAX} (default 100).` }),
});

export const exportQuerySchema = z.strictObject({
  ...viewFilterFields,
  lang: z.enum(["ja", "en"]).optional().meta({ description: "Language of the CSV headers and page links (default ja)." }),
});

/** Where a page of events ends: the last event's place in the public order (startDate, startAt, sortOrder, id). */
export type EventCursor = { startDate: string; startAt: number | null; sortOrder: number; id: number };

const cursorTuple = z.tuple([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.number().int().nullable(), z.number().int(), z.number().int().positive()]);

export function encodeCursor(c: EventCursor): string {
  return Buffer.from(JSON.stringify([c.startDate, c.startAt, c.sortOrder, c.id])).toString("base64url");
}

export function decodeCursor(text: string): EventCursor | null {
  try {
    const parsed = cursorTuple.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    if (!parsed.success) return null;
    const [startDate, startAt, sortOrder, id] = parsed.data;
    return { startDate, startAt, sortOrder, id };
  } catch {
    return null;
  }
}

/** Which public events a view or an API page holds (db/queries/api-events.ts). */
export type EventQuery = {
  filters: ScheduleFilters;
  program?: string;
  month?: string;
  updatedSince?: Date;
  after?: EventCursor;
  limit?: number;
};

export type QueryProblem = { parameter: string; kind: "invalid" | "unknown" };

type ViewFilters = { [K in keyof typeof viewFilterFields]?: z.output<(typeof viewFilterFields)[K]> };

export function viewQuery(v: ViewFilters): EventQuery {
  const filters: ScheduleFilters = {};
  if (v.sector) filters.sector = v.sector;
  if (v.country) {
    if (isOtherHostKind(v.country)) filters.host = v.country;
    else filters.country = v.country;
  }
  if (v.type) filters.type = v.type;
  if (v.special) filters.special = true;
  if (v.q) filters.q = v.q;
  return { filters, program: v.program, month: v.month };
}

export function firstProblem(error: z.ZodError): QueryProblem {
  const issue = error.issues[0];
  if (issue.code === "unrecognized_keys") return { parameter: issue.keys[0] ?? "", kind: "unknown" };
  return { parameter: String(issue.path[0] ?? ""), kind: "invalid" };
}

export type ParsedQuery<T> = { ok: true; query: T } | { ok: false; problem: QueryProblem };

const record = (params: URLSearchParams) => Object.fromEntries(params.entries());

/** A page's `cursor` (decoded by `decode`) and `limit` (default 100), or the parameter at fault. */
export function pageParams<C>(cursor: string | undefined, limit: string | undefined, decode: (text: string) => C | null): ParsedQuery<{ after: C | undefined; limit: number }> {
  const after = cursor === undefined ? undefined : decode(cursor);
  if (after === null) return { ok: false, problem: { parameter: "cursor", kind: "invalid" } };
  const size = limit === undefined ? 100 : Number(limit);
  if (size < 1 || size > API_LIMIT_MAX) return { ok: false, problem: { parameter: "limit", kind: "invalid" } };
  return { ok: true, query: { after, limit: size } };
}

export function parseApiEventsQuery(params: URLSearchParams): ParsedQuery<EventQuery & { limit: number }> {
  const parsed = apiEventsQuerySchema.safeParse(record(params));
  if (!parsed.success) return { ok: false, problem: firstProblem(parsed.error) };
  const { updatedSince, cursor, limit, ...view } = parsed.data;
  const page = pageParams(cursor, limit, decodeCursor);
  if (!page.ok) return page;
  return { ok: true, query: { ...viewQuery(view), updatedSince: updatedSince ? new Date(updatedSince) : undefined, ...page.query } };
}

export function parseExportQuery(params: URLSearchParams): ParsedQuery<EventQuery & { lang: "ja" | "en" }> {
  const parsed = exportQuerySchema.safeParse(record(params));
  if (!parsed.success) return { ok: false, problem: firstProblem(parsed.error) };
  const { lang, ...view } = parsed.data;
  return { ok: true, query: { ...viewQuery(view), lang: lang ?? "ja" } };
}

/** The parameters of a query in a fixed order, for cache keys and the next page's link. */
export function canonicalQuery(params: URLSearchParams, omit: string[] = []): string {
  const sorted = [...params.entries()].filter(([k]) => !omit.includes(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(sorted).toString();
}
