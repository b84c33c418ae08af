"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { applyImport, previewImport, undoImport } from "@/db/queries/import-batches";
import { currentLocale } from "@/i18n/current-locale";
import { staffAction } from "@/lib/actions/staff-action";
import { UserInputError } from "@/lib/errors";
import { importOptionsSchema } from "@/lib/import/import-file";
import { importSiteZone } from "@/lib/import/site-zone";
import { checkbox, requiredId } from "@/lib/validation/text-fields";
import { previewView } from "./_lib/preview-view";

/**
 * The import page's actions, each through staffAction (session and role re-checked, input parsed
 * with zod): preview (editors; writes no event), apply (the preview's author: all rows or none),
 * undo (admins). Problems with the file come back in the page's language.
 */

export const previewImportAction = staffAction("editor", importOptionsSchema, async (options, { user, formData }) => {
  const file = formData.get("file");
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) throw new UserInputError("import.errors.noFile");
  const result = previewImport({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }, { ...options, siteZone: importSiteZone() }, { userId: user.id });
  if (!result.ok) throw new UserInputError(result.problem.code, { values: result.problem.values });
  return { ok: true, data: { preview: await previewView(result, file.name, await currentLocale()) } };
});

const applySchema = z.object({ previewId: requiredId, publish: checkbox });

export const applyImportAction = staffAction("editor", applySchema, async ({ previewId, publish }, { user }) => {
  const locale = await currentLocale();
  const result = applyImport(previewId, { publish }, { userId: user.id });
  if (result.ok) redirect(`/${locale}/staff/import/${previewId}?done=applied`);
  switch (result.code) {
    case "not_found":
      throw new UserInputError("import.errors.previewNotFound", { status: 409 });
    case "expired":
      throw new UserInputError("import.errors.previewExpired", { status: 409 });
    case "already_applied":
      throw new UserInputError("import.errors.alreadyApplied", { status: 409 });
    case "changed":
    case "not_applicable": {
      const t = await getTranslations({ locale, namespace: "import" });
      const view = await previewView({ format: result.batch.format, encoding: result.batch.encoding, plan: result.plan, batchId: result.code === "changed" ? previewId : null }, result.batch.fileName, locale);
      return { ok: true, message: t(result.code === "changed" ? "errors.changedSincePreview" : "errors.hasInvalidRows"), data: { preview: view } };
    }
  }
});

export const undoImportAction = staffAction("admin", z.object({ batchId: requiredId }), async ({ batchId }, { user }) => {
  const result = undoImport(batchId, { userId: user.id });
  if (result.ok) redirect(`/${await currentLocale()}/staff/import/${batchId}?done=undone`);
  if (result.code === "conflict") {
    const events = result.events.map((e) => `#${e.id} ${e.titleJa || e.titleEn}`).join(", ");
    throw new UserInputError("import.errors.undoConflict", { status: 409, values: { events } });
  }
  const code = result.code === "not_found" ? "import.errors.previewNotFound" : result.code === "not_applied" ? "import.errors.notApplied" : "import.errors.alreadyUndone";
  throw new UserInputError(code, { status: 409 });
});
