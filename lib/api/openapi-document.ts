import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { apiChangeListSchema } from "./api-change";
import { apiEventListSchema, apiEventSchema } from "./api-event";
import { apiCountriesSchema, apiProgramsSchema } from "./api-reference";
import { apiChangesQuerySchema } from "./change-query";
import { apiEventsQuerySchema, exportQuerySchema } from "./event-query";
import { importBatchSchema, importPreviewSchema } from "./import-preview-json";
import { apiErrorSchema } from "./public-http";
import { historySchema, importUploadSchema, staffBodies, staffErrorSchema, staffEventAnswerSchema } from "./staff-api-schemas";

/**
 * The OpenAPI 3.1 document of the public read API and the staff API, generated (zod-openapi) from
 * the zod schemas the routes parse requests with and the answers' schemas, never written by hand.
 * `origins` are the site's configured origins: the staff API's mutations must send one of them
 * as Origin, exactly.
 */
const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const publicErrors: ZodOpenApiResponsesObject = {
  "304": { description: "Not modified: the copy named by If-None-Match / If-Modified-Since is current." },
  "400": json(apiErrorSchema, "A parameter is not accepted, or does not exist (named in `parameter`)."),
};
const staffErrors: ZodOpenApiResponsesObject = {
  "401": json(staffErrorSchema, "No valid staff session."),
  "403": json(staffErrorSchema, "The role does not allow it, or the request failed the same-origin check (error: csrf; the message names the Origin to send)."),
  "404": json(staffErrorSchema, "No such event."),
  "409": json(staffErrorSchema, "conflict: the event changed since `version` (nothing was written; what changed is in the answer); deleted; not_allowed for its status."),
  "422": json(staffErrorSchema, "validation: field by field, with codes and texts."),
};
const staffAuth = [{ staffSession: [] }];
const csrfHeaders = z.object({
  "x-requested-with": z.literal("fetch").meta({ description: "Required on every mutation." }),
  origin: z.string().meta({ description: "The site's configured origin, exactly (see the description above)." }),
});
const eventPath = z.object({ id: z.string().regex(/^\d+$/).meta({ description: "The event's id." }) });
const batchPath = z.object({ batch: z.string().regex(/^\d+$/).meta({ description: "The previewId of POST /api/staff/import." }) });

function staffMutation(summary: string, body: z.ZodType | null, ok: ZodOpenApiResponsesObject, extra: Partial<ZodOpenApiOperationObject> = {}): ZodOpenApiOperationObject {
  return {
    tags: ["staff"],
    summary,
    security: staffAuth,
    requestParams: { header: csrfHeaders, ...(extra.requestParams ?? {}) },
    ...(body ? { requestBody: { content: { "application/json": { schema: body } } } } : {}),
    responses: { ...ok, ...staffErrors },
    ...(extra.description ? { description: extra.description } : {}),
  };
}

const eventAction = (summary: string, body: z.ZodType) =>
  staffMutation(summary, body, { "200": json(staffEventAnswerSchema, "The event as it is now (changed: whether anything was written).") }, { requestParams: { path: eventPath } });

/**
 * JSON Schema reads a field of a request body as required only when the route would refuse it
 * missing: the forms' fields take "" for an absent value, so most are optional.
 */
function requiredOnlyWhenRefused({ jsonSchema, zodSchema, io }: { jsonSchema: Record<string, unknown>; zodSchema: z.core.$ZodType; io: "input" | "output" }): void {
  if (io !== "input" || zodSchema._zod.def.type !== "object" || !Array.isArray(jsonSchema.required)) return;
  const shape = (zodSchema as z.ZodObject)._zod.def.shape;
  jsonSchema.required = (jsonSchema.required as string[]).filter((key) => !shape[key] || !z.safeParse(shape[key], undefined).success);
  if ((jsonSchema.required as string[]).length === 0) delete jsonSchema.required;
}

export function openApiDocument(baseUrl: string, origins: string[]) {
  const origin = origins[0] ?? baseUrl;
  return createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "Japan–ASEAN 2023 schedule API",
        version: "1",
        description: [
          "The public schedule of the 2023 Japan–ASEAN Year of Friendship and Cooperation as data.",
          "",
          "**Public read API** (tag `public`): no key, CORS open to every origin for GET. Every answer carries an ETag and Last-Modified: poll with If-None-Match and an unchanged answer is a 304 without a body. Only published and cancelled events are ever returned.",
          "",
          `**Staff API** (tag \`staff\`): sign in as a browser does (GET /api/auth/csrf, then POST /api/auth/callback/credentials with csrfToken, email and password as a form; keep the cookies). Every mutation must send \`X-Requested-With: fetch\` and \`Origin: ${origin}\`, the site's configured origin (NEXTAUTH_URL / PUBLIC_BASE_URL) exactly as written: scheme, host and port must match, so http://127.0.0.1:3000 is refused where the site is configured as http://localhost:3000. A refusal names the origin to send.`,
          "",
          "Human-readable guide with curl and fetch examples: /en/developers (日本語: /ja/developers).",
        ].join("\n"),
      },
      servers: [{ url: baseUrl }],
      tags: [
        { name: "public", description: "Read-only, no authentication." },
        { name: "staff", description: "Editors and admins, with a session cookie and same-origin headers." },
      ],
      components: {
        securitySchemes: {
          staffSession: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "next-auth's session cookie (__Secure-next-auth.session-token over https)." },
        },
      },
      paths: {
        "/api/v1/events": {
          get: {
            tags: ["public"],
            summary: "Public events, filtered like the schedule, a page at a time",
            requestParams: { query: apiEventsQuerySchema },
            responses: { "200": json(apiEventListSchema, "A page of events in schedule order."), ...publicErrors },
          },
        },
        "/api/v1/events/{slug}": {
          get: {
            tags: ["public"],
            summary: "One public event",
            requestParams: { path: z.object({ slug: z.string() }) },
            responses: { "200": json(z.object({ data: apiEventSchema }).meta({ id: "EventAnswer" }), "The event."), "304": publicErrors["304"], "404": json(apiErrorSchema, "No such public event.") },
          },
        },
        "/api/v1/changes": {
          get: {
            tags: ["public"],
            summary: "The public changelog: what changed in the schedule, newest first, a page at a time",
            description: "The entries of /en/changes (/ja/changes): events added, moved, relocated, renamed, cancelled or removed, with what they were before. The schedule's filters choose the events (as they are now: a removed event keeps its entries).",
            requestParams: { query: apiChangesQuerySchema },
            responses: { "200": json(apiChangeListSchema, "A page of entries, newest first."), ...publicErrors },
          },
        },
        "/api/v1/countries": {
          get: { tags: ["public"], summary: "The host countries", responses: { "200": json(apiCountriesSchema, "Every country an event's host.country may name."), ...publicErrors } },
        },
        "/api/v1/programs": {
          get: { tags: ["public"], summary: "The programs", responses: { "200": json(apiProgramsSchema, "Every program an event's programId may name."), ...publicErrors } },
        },
        "/export/events.{format}": {
          get: {
            tags: ["public"],
            summary: "Export a view: CSV (Excel, UTF-8 with BOM), JSON, or its iCalendar feed",
            requestParams: { path: z.object({ format: z.enum(["csv", "json", "ics"]) }), query: exportQuerySchema },
            responses: {
              "200": { description: "The file (CSV cells that start with = + - @ are written behind an apostrophe).", content: { "text/csv": { schema: z.string() }, "application/json": { schema: z.object({ data: z.array(apiEventSchema) }) } } },
              "307": { description: "ics: the view's own feed." },
              ...publicErrors,
            },
          },
        },
        "/api/staff/events": {
          post: staffMutation("Create an event (a draft unless publish)", staffBodies.create, { "201": json(staffEventAnswerSchema, "The new event.") }),
        },
        "/api/staff/events/{id}": {
          get: { tags: ["staff"], summary: "An event with its row version", security: staffAuth, requestParams: { path: eventPath }, responses: { "200": json(staffEventAnswerSchema, "The event."), ...staffErrors } },
          patch: staffMutation("Change fields (the others keep their values)", staffBodies.patch, { "200": json(staffEventAnswerSchema, "The event as saved.") }, { requestParams: { path: eventPath } }),
          delete: staffMutation("Delete (soft: calendars receive it as cancelled)", null, { "200": json(staffEventAnswerSchema, "The deleted event.") }, { requestParams: { path: eventPath, query: z.object({ version: z.string().regex(/^\d+$/) }) } }),
        },
        "/api/staff/events/{id}/publish": { post: eventAction("Publish a draft", staffBodies.version) },
        "/api/staff/events/{id}/unpublish": { post: eventAction("Unpublish (back to draft)", staffBodies.version) },
        "/api/staff/events/{id}/cancel": { post: eventAction("Cancel, with the reason in Japanese and/or English", staffBodies.cancel) },
        "/api/staff/events/{id}/uncancel": { post: eventAction("Undo a cancellation", staffBodies.version) },
        "/api/staff/events/{id}/restore": { post: eventAction("Restore the version before a history entry", staffBodies.restore) },
        "/api/staff/events/{id}/move": { post: eventAction("Move an itinerary item up or down", staffBodies.move) },
        "/api/staff/events/{id}/duplicate": {
          post: staffMutation("Duplicate as a new draft", z.object({}), { "201": json(staffEventAnswerSchema, "The copy.") }, { requestParams: { path: eventPath } }),
        },
        "/api/staff/events/{id}/redact": {
          post: eventAction("Remove a deleted event's public text (admins; final: calendars keep only its dates, as cancelled)", staffBodies.redact),
        },
        "/api/staff/events/{id}/history": {
          get: { tags: ["staff"], summary: "The event's history (audit entries), newest first", security: staffAuth, requestParams: { path: eventPath, query: z.object({ page: z.string().regex(/^\d+$/).optional() }) }, responses: { "200": json(historySchema, "100 entries a page."), ...staffErrors } },
        },
        "/api/staff/import": {
          post: {
            ...staffMutation("Preview an import (CSV or iCalendar); writes no event", null, { "200": json(importPreviewSchema, "Every row's outcome; previewId when it can be applied."), "413": json(staffErrorSchema, "Larger than 10 MB.") }),
            requestBody: { content: { "multipart/form-data": { schema: importUploadSchema } } },
          },
        },
        "/api/staff/import/template": {
          get: { tags: ["staff"], summary: "The CSV template", security: staffAuth, requestParams: { query: z.object({ lang: z.enum(["ja", "en"]).optional() }) }, responses: { "200": { description: "UTF-8 with BOM.", content: { "text/csv": { schema: z.string() } } }, ...staffErrors } },
        },
        "/api/staff/import/{batch}": {
          get: { tags: ["staff"], summary: "An import batch and the events it wrote", security: staffAuth, requestParams: { path: batchPath }, responses: { "200": json(z.object({ batch: importBatchSchema, eventIds: z.array(z.number().int()) }), "The batch."), ...staffErrors } },
        },
        "/api/staff/import/{batch}/apply": {
          post: staffMutation("Apply a preview: all rows or none, one audited batch", staffBodies.apply, { "200": json(z.object({ batch: importBatchSchema }).meta({ id: "ImportBatchAnswer" }), "Applied."), "410": json(staffErrorSchema, "The preview is older than a day.") }, { requestParams: { path: batchPath } }),
        },
        "/api/staff/import/{batch}/undo": {
          post: staffMutation("Undo an applied import (admins)", null, { "200": json(z.object({ batch: importBatchSchema }), "Undone.") }, { requestParams: { path: batchPath } }),
        },
      },
    },
    { override: requiredOnlyWhenRefused },
  );
}
