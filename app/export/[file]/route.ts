import { readViewEvents } from "@/db/queries/api-events";
import { answer, guarded, notFoundAnswer, queryProblemAnswer } from "@/app/api/v1/_lib/answer";
import { apiEvent } from "@/lib/api/api-event";
import { canonicalQuery, parseExportQuery } from "@/lib/api/event-query";
import { CORS_HEADERS, corsPreflight } from "@/lib/api/public-http";
import { publicBaseUrl } from "@/lib/env";
import { eventsCsvChunks } from "@/lib/export/event-csv";
import { eventsJsonChunks } from "@/lib/export/event-json";
import { viewFeedSelection } from "@/lib/export/view-feed";
import { feedPath } from "@/lib/feeds/feed-selection";
import { runtime } from "@/server/runtime";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ file: string }> };

const EXPORT_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=600";

/**
 * /export/events.csv, .json and .ics — the events of any view, with the view's filters as the
 * query (the schedule's, plus program and month; lang for headers and links): CSV for Excel
 * (UTF-8 with BOM, formulas neutralised), JSON (the API's event objects), and iCalendar, which is
 * the view's own feed (a redirect to it). Built once per data version, like the API's answers.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { file } = await params;
  return guarded(() => {
    const format = { "events.csv": "csv", "events.json": "json", "events.ics": "ics" }[file];
    if (!format) return notFoundAnswer();
    const url = new URL(request.url);
    const parsed = parseExportQuery(url.searchParams);
    if (!parsed.ok) return queryProblemAnswer(parsed.problem);
    const { lang, ...query } = parsed.query;
    if (format === "ics") {
      const selection = viewFeedSelection(query);
      if (!selection) return notFoundAnswer();
      return new Response(null, { status: 307, headers: { ...CORS_HEADERS, Location: feedPath(selection, lang, "all"), "Cache-Control": EXPORT_CACHE_CONTROL } });
    }
    const baseUrl = publicBaseUrl();
    return answer(
      request,
      `export/${file}?${canonicalQuery(url.searchParams)}`,
      () =>
        readViewEvents(runtime().database.db, query, (version, rows) => ({
          ...version,
          body:
            format === "csv"
              ? { chunks: eventsCsvChunks(rows, { lang, baseUrl }), contentType: "text/csv; charset=utf-8" }
              : { chunks: eventsJsonChunks(rows, (e) => apiEvent(e, baseUrl)), contentType: "application/json; charset=utf-8" },
        })),
      { download: `japan-asean-2023-${file}`, cacheControl: EXPORT_CACHE_CONTROL },
    );
  });
}

export const HEAD = GET;
export const OPTIONS = corsPreflight;
