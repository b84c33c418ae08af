import "server-only";
import type { QueryProblem } from "@/lib/api/event-query";
import type { Built } from "@/lib/api/public-data-service";
import { apiError, apiErrorResponse, publicResponse } from "@/lib/api/public-http";
import { runtime } from "@/server/runtime";

/** The public API's answer for a cache key: from the runtime's cache, or built; 404 (bilingual) when the build finds nothing. */
export function answer(request: Request, key: string, build: () => Built, options: { download?: string; cacheControl?: string } = {}): Response {
  const body = runtime().publicData.body(key, build);
  return body ? publicResponse(request, body, options) : notFoundAnswer();
}

export function notFoundAnswer(): Response {
  return apiErrorResponse(404, apiError("not_found", "api.errors.notFound"));
}

/** 400 for a parameter that is not accepted or does not exist, naming it, in both languages. */
export function queryProblemAnswer(problem: QueryProblem): Response {
  const unknown = problem.kind === "unknown";
  return apiErrorResponse(400, apiError(unknown ? "unknown_parameter" : "invalid_parameter", unknown ? "api.errors.unknownParameter" : "api.errors.invalidParameter", { parameter: problem.parameter.slice(0, 60) }, problem.parameter.slice(0, 60)));
}

/** The 400 for an address that takes no parameters but got one, else null. */
export function unexpectedParameter(request: Request): Response | null {
  const extra = [...new URL(request.url).searchParams.keys()][0];
  return extra === undefined ? null : queryProblemAnswer({ parameter: extra, kind: "unknown" });
}

/** Anything unexpected is a bare 500 in JSON (logged); nothing a client sends gets here. */
export function guarded(fn: () => Response): Response {
  try {
    return fn();
  } catch (error) {
    console.error("[api/v1]", error);
    return Response.json({ error: "internal" }, { status: 500 });
  }
}
