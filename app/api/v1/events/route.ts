import { readApiEventsPage } from "@/db/queries/api-events";
import { apiEvent } from "@/lib/api/api-event";
import { canonicalQuery, encodeCursor, parseApiEventsQuery } from "@/lib/api/event-query";
import { listPageBody } from "@/lib/api/public-data-service";
import { corsPreflight } from "@/lib/api/public-http";
import { publicBaseUrl } from "@/lib/env";
import { runtime } from "@/server/runtime";
import { answer, guarded, queryProblemAnswer } from "../_lib/answer";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/events — public events (published and cancelled, never drafts or deleted ones) in
 * schedule order, filtered like the schedule, a page at a time (cursor). Each answer is built once
 * per data version and revalidated with its ETag. Parameters and fields: /api/v1/openapi.json.
 */
export function GET(request: Request): Response {
  return guarded(() => {
    const url = new URL(request.url);
    const parsed = parseApiEventsQuery(url.searchParams);
    if (!parsed.ok) return queryProblemAnswer(parsed.problem);
    const baseUrl = publicBaseUrl();
    return answer(request, `events?${canonicalQuery(url.searchParams)}`, () => {
      const page = readApiEventsPage(runtime().database.db, parsed.query);
      const last = page.rows.at(-1);
      const nextCursor = page.hasMore && last ? encodeCursor({ startDate: last.startDate, startAt: last.startAt?.getTime() ?? null, sortOrder: last.sortOrder, id: last.id }) : null;
      const data = page.rows.map((e) => apiEvent(e, baseUrl));
      return { ...page.version, body: listPageBody({ baseUrl, path: "events", query: url.searchParams }, data, nextCursor) };
    });
  });
}

export const HEAD = GET;
export const OPTIONS = corsPreflight;
