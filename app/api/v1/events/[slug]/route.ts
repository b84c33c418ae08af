import { readApiEvent } from "@/db/queries/api-events";
import { apiEvent } from "@/lib/api/api-event";
import { jsonBody } from "@/lib/api/public-data-service";
import { corsPreflight } from "@/lib/api/public-http";
import { publicBaseUrl } from "@/lib/env";
import { SLUG_PATTERN } from "@/lib/validation/event-fields";
import { runtime } from "@/server/runtime";
import { answer, guarded, notFoundAnswer, unexpectedParameter } from "../../_lib/answer";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/events/{slug} — one public event; 404 for a draft, a deleted or an unknown one. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  return guarded(() => {
    const refused = unexpectedParameter(request);
    if (refused) return refused;
    if (slug.length > 100 || !SLUG_PATTERN.test(slug)) return notFoundAnswer();
    return answer(request, `event/${slug}`, () => {
      const { version, row } = readApiEvent(runtime().database.db, slug);
      return { ...version, body: row ? jsonBody({ data: apiEvent(row, publicBaseUrl()) }) : null };
    });
  });
}

export const HEAD = GET;
export const OPTIONS = corsPreflight;
