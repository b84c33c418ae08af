import { z } from "zod";
import { startOfChangeDay } from "@/lib/changes/change-time";
import { isSinceDate } from "@/lib/changes/changes-view";
import type { ScheduleFilters } from "@/lib/events/schedule-filters";
import { API_LIMIT_MAX, firstProblem, pageParams, type ParsedQuery, viewFilterFields, viewQuery } from "./event-query";

/**
 * The parameters of GET /api/v1/changes: the changelog's own (the schedule's filters, which choose
 * the events, and since, the first day in Japan time), plus cursor and limit. Unknown parameters
 * are refused, as for /api/v1/events.
 */
const { sector, country, type, special, q } = viewFilterFields;

export const apiChangesQuerySchema = z.strictObject({
  sector,
  country,
  type,
  special,
  q,
  since: z
    .string()
    .refine(isSinceDate)
    .optional()
    .meta({ description: "YYYY-MM-DD: only changes made on or after this day, Japan time (as the changelog's own since).", example: "2023-10-01" }),
  cursor: z.string().max(200).optional().meta({ description: "The nextCursor of the previous page." }),
  limit: z
    .string()
    .regex(/^\d{1,3}$/)
    .optional()
    .meta({ description: `Entries per page, 1–${API_LIMIT_MAX} (default 100).` }),
});

/** Where a page of entries ends: the last entry's time and id (entries run newest first). */
export type ChangeCursor = { at: Date; id: number };

const cursorTuple = z.tuple([z.number().int().nonnegative(), z.number().int().positive()]);

export function encodeChangeCursor(c: ChangeCursor): string {
  return Buffer.from(JSON.stringify([c.at.getTime(), c.id])).toString("base64url");
}

function decodeChangeCursor(text: string): ChangeCursor | null {
  try {
    const parsed = cursorTuple.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success ? { at: new Date(parsed.data[0]), id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

export type ApiChangesQuery = { filters: ScheduleFilters; since: Date | null; before?: ChangeCursor; limit: number };

export function parseApiChangesQuery(params: URLSearchParams): ParsedQuery<ApiChangesQuery> {
  const parsed = apiChangesQuerySchema.safeParse(Object.fromEntries(params.entries()));
  if (!parsed.success) return { ok: false, problem: firstProblem(parsed.error) };
  const { since, cursor, limit, ...view } = parsed.data;
  const page = pageParams(cursor, limit, decodeChangeCursor);
  if (!page.ok) return page;
  return { ok: true, query: { filters: viewQuery(view).filters, since: since ? startOfChangeDay(since) : null, before: page.query.after, limit: page.query.limit } };
}
