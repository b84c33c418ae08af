import { duplicateEvent, type EditResult } from "@/db/queries/staff-events";
import { changeEventStatus, moveEvent, redactEvent, restoreEventVersion } from "@/db/queries/staff-events-status";
import { requireAdminForApi, requireEditorForApi } from "@/lib/auth/session";
import { assertSameOriginMutation } from "@/lib/security/csrf";
import { cancelEventSchema, eventRefSchema, moveEventSchema, redactEventSchema, restoreEventSchema } from "@/lib/validation/event-actions";
import { eventIdFromPath } from "../../_lib/event-id";
import { editFailure, eventJson, handleApi, json, notFound, readJsonObject, validationError } from "../../_lib/respond";

type Context = { params: Promise<{ id: string; action: string }> };
type Actor = { userId: number };

/**
 * The event actions of the staff forms, for scripts: each parses the JSON body with the form's
 * schema (the id comes from the path), needs the row `version` the change is based on (409 with
 * what changed when the event moved on), and writes with its audit entry, as the buttons do.
 */
const ACTIONS: Record<string, (body: Record<string, unknown>, actor: Actor) => Response | EditResult> = {
  publish: (body, actor) => status(body, actor, "publish"),
  unpublish: (body, actor) => status(body, actor, "unpublish"),
  uncancel: (body, actor) => status(body, actor, "uncancel"),
  cancel: (body, actor) => {
    const parsed = cancelEventSchema.safeParse(body);
    return parsed.success ? changeEventStatus({ ...parsed.data, action: "cancel" }, actor) : validationError(parsed.error);
  },
  restore: (body, actor) => {
    const parsed = restoreEventSchema.safeParse(body);
    return parsed.success ? restoreEventVersion(parsed.data, actor) : validationError(parsed.error);
  },
  move: (body, actor) => {
    const parsed = moveEventSchema.safeParse(body);
    return parsed.success ? moveEvent(parsed.data, actor) : validationError(parsed.error);
  },
  duplicate: (body, actor) => duplicateEvent(Number(body.id), actor),
  redact: (body, actor) => {
    const parsed = redactEventSchema.safeParse(body);
    return parsed.success ? redactEvent(parsed.data, actor) : validationError(parsed.error);
  },
};

/** As on the event pages, only admins may remove a deleted event's public text. */
const ADMIN_ACTIONS = new Set(["redact"]);

function status(body: Record<string, unknown>, actor: Actor, action: "publish" | "unpublish" | "uncancel"): Response | EditResult {
  const parsed = eventRefSchema.safeParse(body);
  return parsed.success ? changeEventStatus({ ...parsed.data, action }, actor) : validationError(parsed.error);
}

/**
 * POST /api/staff/events/:id/{publish|unpublish|cancel|uncancel|restore|move|duplicate|redact} —
 * JSON body { version } (cancel: cancelReason and/or cancelReasonEn; restore: auditId, from the
 * history; move: direction up|down; duplicate: nothing; redact: confirm true, admins only). Editor
 * session and same-origin headers as every mutation. 200 with the event (duplicate: 201 with the
 * copy); 401/403/404/409/415/422.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  return handleApi(async () => {
    const path = await params;
    const user = ADMIN_ACTIONS.has(path.action) ? await requireAdminForApi() : await requireEditorForApi();
    assertSameOriginMutation(request);
    const id = eventIdFromPath(path.id);
    const run = Object.hasOwn(ACTIONS, path.action) ? ACTIONS[path.action] : undefined;
    if (!id || !run) return notFound();
    const body = await readJsonObject(request);
    if (body instanceof Response) return body;
    const result = run({ ...body, id }, { userId: user.id });
    if (result instanceof Response) return result;
    if (!result.ok) return editFailure(result);
    if (path.action === "duplicate") return json({ event: eventJson(result.event) }, 201, { location: `/api/staff/events/${result.event.id}` });
    return json({ event: eventJson(result.event), changed: result.changed });
  });
}
