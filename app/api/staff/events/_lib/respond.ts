import "server-only";
import type { EditFailure } from "@/db/queries/staff-events";
import type { Event } from "@/db/schema";
import { errorTranslator, isErrorCode, type TranslateError } from "@/i18n/error-messages";
import { AuthorizationError, CsrfError, PasswordChangeRequiredError, UserInputError, type ErrorCode } from "@/lib/errors";
import type { z } from "zod";

/** JSON answers of the staff events API, and the one mapping from errors to HTTP statuses. */

const NO_STORE = { "cache-control": "no-store" };

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

export function jsonError(status: number, error: string, message: string, extra: Record<string, unknown> = {}): Response {
  return json({ error, message, ...extra }, status);
}

/** API clients get each error code with its English text. */
const english: TranslateError = (code, values) => errorTranslator("en")(code, values);

type FieldError = { code: string; message: string };

function fieldErrors(byField: Record<string, ErrorCode[]>): Record<string, FieldError[]> {
  return Object.fromEntries(Object.entries(byField).map(([field, codes]) => [field, codes.map((code) => ({ code, message: english(code) }))]));
}

/** Our codes with their English text; a rule without a code keeps zod's issue code and (English) message. */
export function validationError(error: z.ZodError): Response {
  const byField: Record<string, FieldError[]> = {};
  for (const issue of error.issues) {
    const entry = isErrorCode(issue.message) ? { code: issue.message, message: english(issue.message) } : { code: issue.code, message: issue.message };
    (byField[issue.path.join(".") || "_"] ??= []).push(entry);
  }
  return jsonError(422, "validation", "Some fields are not valid.", { fieldErrors: byField });
}

export function notFound(): Response {
  return jsonError(404, "not_found", english("editor.errors.notFound"));
}

export function editFailure(result: EditFailure): Response {
  switch (result.code) {
    case "not_found":
      return notFound();
    case "deleted":
      return jsonError(409, "deleted", english("editor.errors.deleted"));
    case "not_allowed":
      return jsonError(409, "not_allowed", english("editor.errors.notAllowed"));
    case "invalid":
      return jsonError(422, "validation", "Some fields are not valid.", { fieldErrors: fieldErrors(result.fieldErrors) });
    case "conflict": {
      const { conflict } = result;
      return jsonError(409, "conflict", `The event was changed since version ${conflict.baseVersion}; it is now at version ${conflict.currentVersion}. Nothing was saved.`, {
        baseVersion: conflict.baseVersion,
        currentVersion: conflict.currentVersion,
        changes: conflict.changes,
        editors: conflict.editors,
      });
    }
  }
}

/**
 * The event as the staff API returns it (staff-only: includes the private note). A month-only
 * event has its months and no dates: its stored first and last days are not days of the source.
 */
export function eventJson(event: Event) {
  const months =
    event.datePrecision === "month"
      ? { startDate: null, endDate: null, startMonth: event.startDate.slice(0, 7), endMonth: event.endDate.slice(0, 7) }
      : { startMonth: null, endMonth: null };
  return { ...event, ...months, startAt: event.startAt?.toISOString() ?? null, endAt: event.endAt?.toISOString() ?? null };
}

const MAX_BODY = 100_000;

/** The request's JSON object body, or the error response to send instead. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown> | Response> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    return jsonError(415, "unsupported_media_type", "Send the body as application/json.");
  }
  const text = await request.text();
  if (text.length > MAX_BODY) return jsonError(413, "too_large", `The body can have at most ${MAX_BODY} characters.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return jsonError(400, "invalid_json", "The body is not valid JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return jsonError(400, "invalid_body", "The body must be a JSON object.");
  return body as Record<string, unknown>;
}

/** Runs a handler, turning authorization, CSRF and input errors into their statuses and anything else into a bare 500. */
export async function handleApi(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof PasswordChangeRequiredError) return jsonError(403, "password_change_required", english(error.code));
    if (error instanceof AuthorizationError) return jsonError(error.status, error.status === 401 ? "unauthenticated" : "forbidden", error.message);
    if (error instanceof CsrfError) return jsonError(403, "csrf", error.message);
    if (error instanceof UserInputError) return jsonError(error.status, "invalid", english(error.code, error.values));
    console.error("[api/staff/events]", error);
    return jsonError(500, "internal", "Internal error.");
  }
}
