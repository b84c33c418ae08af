import { z } from "zod";
import { errorTranslator } from "@/i18n/error-messages";
import { feedBodyStream, isNotModified } from "@/lib/feeds/feed-http";
import type { ErrorCode, ErrorValues } from "@/lib/errors";
import { localizedTextSchema } from "./localized-text";
import type { PublicBody } from "./public-data-service";

/**
 * HTTP of the public API and the exports: validators (a strong ETag of the bytes, Last-Modified
 * the data's change time) with 304s, CORS for reading from any origin (GET and HEAD; the answers
 * are public and need no credentials), and errors as JSON in both languages.
 */
export const API_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, Content-Disposition",
};

/** The answer to a CORS preflight: GET and HEAD, with the validator headers a poll sends. */
export function corsPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
      "Access-Control-Max-Age": "86400",
      Allow: "GET, HEAD, OPTIONS",
    },
  });
}

function validators(body: PublicBody, cacheControl: string): Record<string, string> {
  return { ...CORS_HEADERS, ETag: body.etag, "Last-Modified": body.lastModified.toUTCString(), "Cache-Control": cacheControl };
}

/** 304 when the client's copy is current, else the bytes (none for HEAD). `download` names the file to save. */
export function publicResponse(request: Request, body: PublicBody, options: { cacheControl?: string; download?: string } = {}): Response {
  const headers = validators(body, options.cacheControl ?? API_CACHE_CONTROL);
  if (isNotModified(request.headers, body)) return new Response(null, { status: 304, headers });
  const all = new Headers(headers);
  all.set("Content-Type", body.contentType);
  all.set("Content-Length", String(body.byteLength));
  all.set("X-Content-Type-Options", "nosniff");
  if (options.download) all.set("Content-Disposition", `attachment; filename="${options.download.replace(/[^\w.-]/g, "_")}"`);
  return new Response(request.method === "HEAD" ? null : feedBodyStream(body.chunks), { status: 200, headers: all });
}

/** An error in both languages: { error, message: { ja, en }, parameter? }. */
export const apiErrorSchema = z
  .object({
    error: z.string().meta({ description: "invalid_parameter, unknown_parameter, not_found" }),
    message: localizedTextSchema,
    parameter: z.string().optional().meta({ description: "The query parameter at fault." }),
  })
  .meta({ id: "Error" });
export type ApiError = z.infer<typeof apiErrorSchema>;

export function apiErrorResponse(status: number, error: ApiError): Response {
  return Response.json(error, { status, headers: { ...CORS_HEADERS, "Cache-Control": "public, max-age=60", "X-Content-Type-Options": "nosniff" } });
}

/** The error body for a code, translated into both languages. */
export function apiError(error: string, code: ErrorCode, values?: ErrorValues, parameter?: string): ApiError {
  return { error, message: { ja: errorTranslator("ja")(code, values), en: errorTranslator("en")(code, values) }, ...(parameter ? { parameter } : {}) };
}
