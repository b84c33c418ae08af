import { previewImport } from "@/db/queries/import-batches";
import { importPreviewJson } from "@/lib/api/import-preview-json";
import { requireEditorForApi } from "@/lib/auth/session";
import { importOptionsSchema } from "@/lib/import/import-file";
import { importSiteZone } from "@/lib/import/site-zone";
import { assertSameOriginMutation } from "@/lib/security/csrf";
import { handleApi, json, validationError } from "../events/_lib/respond";
import { importProblemResponse, readUpload } from "./_lib/upload";

/**
 * POST /api/staff/import — previews an import: multipart/form-data with the file in "file" (CSV in
 * UTF-8 or Shift_JIS, or .ics) and, for calendars, icsLanguage (ja|en), kind, sector and host of
 * the new events. Writes no event. 200 with every row's outcome and problems; previewId, when the
 * file can be applied, for POST /api/staff/import/{previewId}/apply. 413/415/422 for a file that
 * cannot be imported, with the reason in both languages. Editor session, same-origin headers.
 */
export async function POST(request: Request): Promise<Response> {
  return handleApi(async () => {
    const user = await requireEditorForApi();
    assertSameOriginMutation(request);
    const upload = await readUpload(request);
    if (upload instanceof Response) return upload;
    const options = importOptionsSchema.safeParse(upload.fields);
    if (!options.success) return validationError(options.error);
    const result = previewImport(upload.file, { ...options.data, siteZone: importSiteZone() }, { userId: user.id });
    if (!result.ok) return importProblemResponse(result.problem, 422, result.encoding ? { encoding: result.encoding } : {});
    return json(importPreviewJson(result));
  });
}
