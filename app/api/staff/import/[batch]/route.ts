import { getImportBatch, listBatchEventIds } from "@/db/queries/import-batches";
import { importBatchJson } from "@/lib/api/import-preview-json";
import { requireEditorForApi } from "@/lib/auth/session";
import { eventIdFromPath } from "../../events/_lib/event-id";
import { handleApi, json, jsonError } from "../../events/_lib/respond";

type Context = { params: Promise<{ batch: string }> };

/** GET /api/staff/import/:batch — an import batch and the ids of the events it wrote (a preview only for its author). */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return handleApi(async () => {
    const user = await requireEditorForApi();
    const id = eventIdFromPath((await params).batch);
    const batch = id ? getImportBatch(id) : undefined;
    if (!batch || (batch.status === "preview" && batch.createdBy !== user.id)) return jsonError(404, "not_found", "There is no such import.");
    return json({ batch: importBatchJson(batch), eventIds: listBatchEventIds(batch.id) });
  });
}
