import { listEventAudit } from "@/db/queries/audit";
import { getStaffEvent } from "@/db/queries/staff-events";
import { snapshotVersion } from "@/lib/audit/event-snapshot";
import { requireEditorForApi } from "@/lib/auth/session";
import { eventIdFromPath } from "../../_lib/event-id";
import { handleApi, json, notFound } from "../../_lib/respond";

type Context = { params: Promise<{ id: string }> };

/**
 * GET /api/staff/events/:id/history?page=N — the event's audit entries, newest first, 100 a page:
 * who changed what and when, the version each wrote, and the before/after snapshots. An entry's
 * id is the auditId that POST …/restore takes (it puts the event back as it was before that entry).
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return handleApi(async () => {
    await requireEditorForApi();
    const id = eventIdFromPath((await params).id);
    if (!id || !getStaffEvent(id)) return notFound();
    const rawPage = new URL(request.url).searchParams.get("page") ?? "1";
    const page = /^[1-9]\d{0,5}$/.test(rawPage) ? Number(rawPage) : 1;
    const log = listEventAudit(id, { page, pageSize: 100 });
    const entries = log.rows.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      action: e.action,
      user: e.userEmail ?? null,
      version: snapshotVersion(e.after),
      detail: e.detail,
      batchId: e.batchId ?? null,
      before: e.before,
      after: e.after,
    }));
    return json({ entries, page: log.page, total: log.total });
  });
}
