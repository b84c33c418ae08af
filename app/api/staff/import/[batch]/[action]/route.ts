import { applyImport, undoImport } from "@/db/queries/import-batches";
import { importBatchJson, importPreviewJson } from "@/lib/api/import-preview-json";
import { requireAdminForApi, requireEditorForApi } from "@/lib/auth/session";
import { assertSameOriginMutation } from "@/lib/security/csrf";
import { checkbox } from "@/lib/validation/text-fields";
import { eventIdFromPath } from "../../../events/_lib/event-id";
import { handleApi, json, notFound, readJsonObject } from "../../../events/_lib/respond";
import { importProblemResponse } from "../../_lib/upload";

type Context = { params: Promise<{ batch: string; action: string }> };

/**
 * POST /api/staff/import/:batch/apply — applies a preview, all rows or none, as one audited
 * batch; { "publish": true } publishes the new events (else they are drafts). Only its author may
 * apply it, within a day. 409 "changed" with the new preview when events changed since it.
 * POST /api/staff/import/:batch/undo — admins only: puts back what the batch wrote, in one
 * transaction; 409 "conflict" naming the events changed since the import.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  return handleApi(async () => {
    const path = await params;
    if (path.action !== "apply" && path.action !== "undo") {
      await requireEditorForApi();
      return notFound();
    }
    const user = path.action === "undo" ? await requireAdminForApi() : await requireEditorForApi();
    assertSameOriginMutation(request);
    const id = eventIdFromPath(path.batch);
    if (!id) return importProblemResponse({ code: "import.errors.previewNotFound" }, 404);
    if (path.action === "undo") {
      const result = undoImport(id, { userId: user.id });
      if (result.ok) return json({ batch: importBatchJson(result.batch) });
      if (result.code === "not_found") return importProblemResponse({ code: "import.errors.previewNotFound" }, 404);
      if (result.code === "conflict") {
        const events = result.events.map((e) => `#${e.id} ${e.titleJa || e.titleEn}`).join(", ");
        return importProblemResponse({ code: "import.errors.undoConflict", values: { events } }, 409, { error: "conflict", events: result.events });
      }
      return importProblemResponse({ code: result.code === "not_applied" ? "import.errors.notApplied" : "import.errors.alreadyUndone" }, 409);
    }
    const body = await readJsonObject(request);
    if (body instanceof Response) return body;
    const result = applyImport(id, { publish: checkbox.parse(body.publish) }, { userId: user.id });
    if (result.ok) return json({ batch: importBatchJson(result.batch) });
    switch (result.code) {
      case "not_found":
        return importProblemResponse({ code: "import.errors.previewNotFound" }, 404);
      case "expired":
        return importProblemResponse({ code: "import.errors.previewExpired" }, 410);
      case "already_applied":
        return importProblemResponse({ code: "import.errors.alreadyApplied" }, 409, { error: "already_applied" });
      case "changed":
      case "not_applicable": {
        const preview = importPreviewJson({ format: result.batch.format, encoding: result.batch.encoding, plan: result.plan, batchId: result.code === "changed" ? id : null });
        const code = result.code === "changed" ? "import.errors.changedSincePreview" : "import.errors.hasInvalidRows";
        return importProblemResponse({ code }, result.code === "changed" ? 409 : 422, { error: result.code, preview });
      }
    }
  });
}
