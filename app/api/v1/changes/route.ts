import { readApiChangesPage } from "@/db/queries/public-changes";
import { apiChange } from "@/lib/api/api-change";
import { encodeChangeCursor, parseApiChangesQuery } from "@/lib/api/change-query";
import { canonicalQuery } from "@/lib/api/event-query";
import { listPageBody } from "@/lib/api/public-data-service";
import { corsPreflight } from "@/lib/api/public-http";
import { publicBaseUrl } from "@/lib/env";
import { runtime } from "@/server/runtime";
import { answer, guarded, queryProblemAnswer } from "../_lib/answer";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/changes — the public changelog (/{ja,en}/changes) as data: its entries newest
 * first, with its filters and since, a page at a time (cursor), both languages. Each answer is
 * built once per data version and revalidated with its ETag. Parameters and fields: /api/v1/openapi.json.
 */
export function GET(request: Request): Response {
  return guarded(() => {
    const url = new URL(request.url);
    const parsed = parseApiChangesQuery(url.searchParams);
    if (!parsed.ok) return queryProblemAnswer(parsed.problem);
    const baseUrl = publicBaseUrl();
    return answer(request, `changes?${canonicalQuery(url.searchParams)}`, () => {
      const page = readApiChangesPage(runtime().database.db, parsed.query);
      const last = page.entries.at(-1);
      const nextCursor = page.hasMore && last ? encodeChangeCursor(last) : null;
      const data = page.entries.map((e) => apiChange(e, baseUrl));
      return { ...page.version, body: listPageBody({ baseUrl, path: "changes", query: url.searchParams }, data, nextCursor) };
    });
  });
}

export const HEAD = GET;
export const OPTIONS = corsPreflight;
