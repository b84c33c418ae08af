import { createEvent } from "@/db/queries/staff-events";
import { requireEditorForApi } from "@/lib/auth/session";
import { assertSameOriginMutation } from "@/lib/security/csrf";
import { eventCreateSchema } from "@/lib/validation/event-input";
import { editFailure, eventJson, handleApi, json, readJsonObject, validationError } from "./_lib/respond";

/**
 * POST /api/staff/events — create an event from a JSON object with the form's fields
 * (kind, titleJa/titleEn, sector, host — a country code, or online/several/asean/unstated; older
 * clients' countryCode is read as the host —, datePrecision day|month with startMonth/endMonth for
 * month, isTentative, allDay, startDate, startTime, endDate, endTime, timeZone, sourceTitleJa/En,
 * sourceNoteJa/En, …; `publish: true` to publish at once). Needs an editor session and a same-origin
 * request (Origin + "X-Requested-With: fetch"). 201 with the event; 401/403/409/415/422 with JSON errors.
 */
export async function POST(request: Request): Promise<Response> {
  return handleApi(async () => {
    const user = await requireEditorForApi();
    assertSameOriginMutation(request);
    const body = await readJsonObject(request);
    if (body instanceof Response) return body;
    const parsed = eventCreateSchema.safeParse(body);
    if (!parsed.success) return validationError(parsed.error);
    const result = createEvent(parsed.data.input, { publish: parsed.data.publish, actor: { userId: user.id } });
    if (!result.ok) return editFailure(result);
    return json({ event: eventJson(result.event) }, 201, { location: `/api/staff/events/${result.event.id}` });
  });
}
