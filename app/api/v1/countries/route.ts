import { readCountries } from "@/db/queries/api-events";
import { apiCountry } from "@/lib/api/api-reference";
import { jsonBody } from "@/lib/api/public-data-service";
import { corsPreflight } from "@/lib/api/public-http";
import { publicBaseUrl } from "@/lib/env";
import { runtime } from "@/server/runtime";
import { answer, guarded, unexpectedParameter } from "../_lib/answer";

export const dynamic = "force-dynamic";

/** GET /api/v1/countries — the host countries an event's host.country names, with their pages and feeds. */
export function GET(request: Request): Response {
  return guarded(() => {
    const refused = unexpectedParameter(request);
    if (refused) return refused;
    return answer(request, "countries", () => {
      const { version, rows } = readCountries(runtime().database.db);
      return { ...version, body: jsonBody({ data: rows.map((c) => apiCountry(c, publicBaseUrl())) }) };
    });
  });
}

export const HEAD = GET;
export const OPTIONS = corsPreflight;
