import { readPrograms } from "@/db/queries/api-events";
import { apiProgram } from "@/lib/api/api-reference";
import { jsonBody } from "@/lib/api/public-data-service";
import { corsPreflight } from "@/lib/api/public-http";
import { runtime } from "@/server/runtime";
import { answer, guarded, unexpectedParameter } from "../_lib/answer";

export const dynamic = "force-dynamic";

/** GET /api/v1/programs — the programs an event's programId names (the youth exchange program). */
export function GET(request: Request): Response {
  return guarded(() => {
    const refused = unexpectedParameter(request);
    if (refused) return refused;
    return answer(request, "programs", () => {
      const { version, rows } = readPrograms(runtime().database.db);
      return { ...version, body: jsonBody({ data: rows.map(apiProgram) }) };
    });
  });
}

export const HEAD = GET;
export const OPTIONS = corsPreflight;
