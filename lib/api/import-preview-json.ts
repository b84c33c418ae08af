import { z } from "zod";
import type { ImportBatch } from "@/db/schema";
import { errorTranslator } from "@/i18n/error-messages";
import { snapshotValue } from "@/lib/audit/event-snapshot";
import { changedFields } from "@/lib/events/event-edit";
import type { FileEncoding } from "@/lib/import/decode-file";
import type { ImportFormat } from "@/lib/import/import-file";
import { type ImportPlan, isApplicable, type PlanRow } from "@/lib/import/import-plan";
import type { ImportProblem } from "@/lib/import/import-problem";
import { localizedTextSchema } from "./localized-text";

/**
 * An import's preview as the staff API returns it (and the OpenAPI document describes it): every
 * row with its outcome, the event it matched, its problems field by field in both languages, and
 * for an update each changed field's stored and new value.
 */
const problemSchema = z
  .object({ code: z.string().meta({ example: "editor.errors.invalidDate" }), message: localizedTextSchema })
  .meta({ id: "ImportProblem" });
const snapshotValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const importPreviewSchema = z
  .object({
    format: z.enum(["csv", "ics"]),
    encoding: z.enum(["utf-8", "utf-8-bom", "shift_jis"]).meta({ description: "The encoding the file was read in." }),
    previewId: z.number().int().nullable().meta({ description: "Apply with POST /api/staff/import/{previewId}/apply; null when the file cannot be applied (an invalid row, or nothing to change)." }),
    applicable: z.boolean(),
    counts: z.object({ create: z.number().int(), update: z.number().int(), unchanged: z.number().int(), invalid: z.number().int(), skipped: z.number().int() }),
    rows: z.array(
      z
        .object({
          row: z.number().int().meta({ description: "The spreadsheet row (the header is row 1), or the VEVENT's number in the calendar." }),
          outcome: z.enum(["create", "update", "unchanged", "invalid", "skipped"]),
          eventId: z.number().int().nullable().meta({ description: "The stored event the row matched (by id, UID or slug)." }),
          label: z.string().meta({ description: "The row's title, or its first cells." }),
          problems: z.array(z.object({ field: z.string(), problem: problemSchema })),
          warnings: z.array(problemSchema),
          skipped: problemSchema.nullable().meta({ description: "Why the entry is not imported (a repeating event…)." }),
          changes: z.array(z.object({ field: z.string(), before: snapshotValueSchema, after: snapshotValueSchema })),
        })
        .meta({ id: "ImportPreviewRow" }),
    ),
  })
  .meta({ id: "ImportPreview" });

export const importBatchSchema = z
  .object({
    id: z.number().int(),
    status: z.enum(["preview", "applied", "undone"]),
    format: z.enum(["csv", "ics"]),
    fileName: z.string(),
    encoding: z.string(),
    published: z.boolean(),
    counts: z.object({ create: z.number().int(), update: z.number().int(), unchanged: z.number().int(), skipped: z.number().int() }),
    createdAt: z.iso.datetime(),
    appliedAt: z.iso.datetime().nullable(),
    undoneAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "ImportBatch" });

export function problemJson(problem: ImportProblem): z.infer<typeof problemSchema> {
  return { code: problem.code, message: { ja: errorTranslator("ja")(problem.code, problem.values), en: errorTranslator("en")(problem.code, problem.values) } };
}

function rowJson(row: PlanRow) {
  const after = row.target && row.patch ? { ...row.target, ...row.patch } : null;
  return {
    row: row.position,
    outcome: row.outcome,
    eventId: row.target?.id ?? null,
    label: row.input ? row.input.titleJa || row.input.titleEn : row.label,
    problems: Object.entries(row.problems).flatMap(([field, list]) => (list ?? []).map((p) => ({ field, problem: problemJson(p) }))),
    warnings: row.warnings.map(problemJson),
    skipped: row.skip ? problemJson(row.skip) : null,
    changes:
      row.target && after
        ? changedFields(row.target, after).map((field) => ({ field, before: snapshotValue(row.target![field]), after: snapshotValue(after[field]) }))
        : [],
  };
}

export function importPreviewJson(preview: { format: ImportFormat; encoding: FileEncoding; plan: ImportPlan; batchId: number | null }): z.infer<typeof importPreviewSchema> {
  return {
    format: preview.format,
    encoding: preview.encoding,
    previewId: preview.batchId,
    applicable: isApplicable(preview.plan),
    counts: preview.plan.counts,
    rows: preview.plan.rows.map(rowJson),
  };
}

export function importBatchJson(b: ImportBatch): z.infer<typeof importBatchSchema> {
  return {
    id: b.id,
    status: b.status,
    format: b.format,
    fileName: b.fileName,
    encoding: b.encoding,
    published: b.published,
    counts: { create: b.created, update: b.updated, unchanged: b.unchanged, skipped: b.skipped },
    createdAt: b.createdAt.toISOString(),
    appliedAt: b.appliedAt?.toISOString() ?? null,
    undoneAt: b.undoneAt?.toISOString() ?? null,
  };
}
