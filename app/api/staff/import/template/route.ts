import { requireEditorForApi } from "@/lib/auth/session";
import { csvTemplate } from "@/lib/import/csv-template";
import { handleApi } from "../../events/_lib/respond";

/** GET /api/staff/import/template?lang=ja|en — the CSV template (headers in that language, UTF-8 with BOM). */
export async function GET(request: Request): Promise<Response> {
  return handleApi(async () => {
    await requireEditorForApi();
    const lang = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "ja";
    return new Response(csvTemplate(lang), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="japan-asean-2023-import-template-${lang}.csv"`,
        "cache-control": "no-store",
      },
    });
  });
}
