import { getStaffEvent, updateEvent } from "@/db/queries/staff-events";
import { changeEventStatus } from "@/db/queries/staff-events-status";
import { requireEditorForApi } from "@/lib/auth/session";
import { eventFormValues } from "@/lib/events/event-edit-form-values";
import { assertSameOriginMutation } from "@/lib/security/csrf";
import { eventRefSchema } from "@/lib/validation/event-actions";
import { eventUpdateSchema, withLegacyHost } from "@/lib/validation/event-input";
import { eventIdFromPath } from "../_lib/event-id";
import { editFailure, eventJson, handleApi, json, notFound, readJsonObject, validationError } from "../_lib/respond";

type Context = { params: Promise<{ id: string }> };

/** GET /api/staff/events/:id — the event with its current `version` (editor session). */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return handleApi(async () => {
    const id = eventIdFromPath((await params).id);
    await requireEditorForApi();
    const event = id ? getStaffEvent(id) : undefined;
    if (!event) return notFound();
    return json({ event: eventJson(event) });
  });
}

/**
 * PATCH /api/staff/events/:id — change some fields. `version` (the row version the change is based
 * on) is required; the other fields are those of the form and default to the stored values. A
 * newer stored version answers 409 with what changed; nothing half-valid is written (422).
 */
export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  return handleApi(async () => {
    const id = eventIdFromPath((await params).id);
    const user = await requireEditorForApi();
    assertSameOriginMutation(request);
    const body = await readJsonObject(request);
    if (body instanceof Response) return body;
    const current = id ? getStaffEvent(id) : undefined;
    if (!current) return notFound();
    // A `countryCode` of an older client names the host: it must win over the stored host's value.
    const changes = withLegacyHost(body) as Record<string, unknown>;
    const parsed = eventUpdateSchema.safeParse({ ...eventFormValues(current), version: undefined, ...changes, id: current.id });
    if (!parsed.success) return validationError(parsed.error);
    const result = updateEvent(parsed.data, { userId: user.id });
    if (!result.ok) return editFailure(result);
    return json({ event: eventJson(result.event), changed: result.changed });
  });
}

/** DELETE /api/staff/events/:id?version=N — soft delete (the UID stays in feeds as CANCELLED). */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  return handleApi(async () => {
    const id = eventIdFromPath((await params).id);
    const user = await requireEditorForApi();
    assertSameOriginMutation(request);
    const parsed = eventRefSchema.safeParse({ id: id ?? "", version: new URL(request.url).searchParams.get("version") ?? "" });
    if (!parsed.success) return validationError(parsed.error);
    const result = changeEventStatus({ ...parsed.data, action: "delete" }, { userId: user.id });
    if (!result.ok) return editFailure(result);
    return json({ event: eventJson(result.event) });
  });
}
