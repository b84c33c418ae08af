import { openApiDocument } from "@/lib/api/openapi-document";
import { jsonBody } from "@/lib/api/public-data-service";
import { corsPreflight } from "@/lib/api/public-http";
import { publicBaseUrl } from "@/lib/env";
import { configuredOrigins } from "@/lib/security/csrf";
import { runtime } from "@/server/runtime";
import { answer, guarded, unexpectedParameter } from "../_lib/answer";

export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json — the OpenAPI 3.1 document, generated from the zod schemas (lib/api/openapi-document.ts). */
export function GET(request: Request): Response {
  return guarded(() => {
    const refused = unexpectedParameter(request);
    if (refused) return refused;
    const { dataVersion, startedAt } = runtime();
    return answer(request, "openapi.json", () => ({
      version: dataVersion.current(),
      changedAt: startedAt,
      body: jsonBody(openApiDocument(publicBaseUrl(), configuredOrigins())),
    }));
  });
}

export const HEAD = GET;
export const OPTIONS = corsPreflight;
