import "server-only";
import { getTranslations } from "next-intl/server";
import type { Event } from "@/db/schema";
import { errorTranslator } from "@/i18n/error-messages";
import type { AppLocale } from "@/i18n/routing";
import { snapshotDiff } from "@/lib/audit/audit-diff";
import { eventSnapshot } from "@/lib/audit/event-snapshot";
import { hostName } from "@/lib/events/hosts";
import type { FileEncoding } from "@/lib/import/decode-file";
import { columnHeader, type CsvColumnKey } from "@/lib/import/csv-columns";
import type { ImportFormat } from "@/lib/import/import-file";
import { type ImportPlan, isApplicable, type PlanOutcome, type PlanRow } from "@/lib/import/import-plan";
import { eventDateFromRow, type StoredEventDate } from "@/lib/time/date-precision";
import { formatEventDate } from "@/lib/time/format";
import { formatDisplayValue } from "../../events/_lib/display-value";

/**
 * A preview as the import page shows it: every text already in the page's language (outcomes,
 * problems field by field, dates as the schedule writes them, the fields an update changes), so
 * the client component only lays it out.
 */
export type PreviewRowView = {
  row: number;
  outcome: PlanOutcome;
  outcomeLabel: string;
  title: string;
  when: string;
  host: string;
  matched: string | null;
  problems: string[];
  warnings: string[];
  skip: string | null;
  changes: string[];
};

export type PreviewView = {
  heading: string;
  summary: string;
  counts: string;
  previewId: number | null;
  applicable: boolean;
  /** Why it cannot be applied, when it cannot. */
  notice: string | null;
  rows: PreviewRowView[];
};

type Preview = { format: ImportFormat; encoding: FileEncoding; plan: ImportPlan; batchId: number | null };

export async function previewView(preview: Preview, fileName: string, locale: AppLocale): Promise<PreviewView> {
  const t = await getTranslations({ locale, namespace: "import.page" });
  const editor = await getTranslations({ locale, namespace: "editor" });
  const translate = errorTranslator(locale);
  const fieldLabel = (field: string) => (field === "row" ? t("rowProblem") : columnHeader(field as CsvColumnKey, locale));

  function rowView(r: PlanRow): PreviewRowView {
    const shown: (Event | (PlanRow["input"] & object)) | null = r.target && r.patch ? { ...r.target, ...r.patch } : r.input ?? r.target;
    const changes =
      r.target && r.patch
        ? snapshotDiff(eventSnapshot(r.target), eventSnapshot({ ...r.target, ...r.patch })).map((d) =>
            t("change", { field: editor.has(`fields.${d.field}`) ? editor(`fields.${d.field}`) : d.field, before: formatDisplayValue(d.field, d.before, locale, editor), after: formatDisplayValue(d.field, d.after, locale, editor) }),
          )
        : [];
    return {
      row: r.position,
      outcome: r.outcome,
      outcomeLabel: t(`outcome.${r.outcome}`),
      title: shown ? (locale === "ja" ? shown.titleJa || shown.titleEn : shown.titleEn || shown.titleJa) : r.label,
      when: shown ? formatEventDate(eventDateFromRow(shown as StoredEventDate), locale) : "",
      host: shown ? hostName(shown, locale) : "",
      matched: r.target ? t("matched", { id: r.target.id }) : null,
      problems: Object.entries(r.problems).flatMap(([field, list]) => (list ?? []).map((p) => `${fieldLabel(field)}: ${translate(p.code, p.values)}`)),
      warnings: r.warnings.map((p) => translate(p.code, p.values)),
      skip: r.skip ? translate(r.skip.code, r.skip.values) : null,
      changes,
    };
  }

  return {
    heading: t("previewTitle", { file: fileName || "—" }),
    summary: `${t(`format.${preview.format}`)}, ${t(`encoding.${preview.encoding}`)}.`,
    counts: t("counts", preview.plan.counts),
    previewId: preview.batchId,
    applicable: isApplicable(preview.plan),
    notice: isApplicable(preview.plan) ? null : translate(preview.plan.counts.invalid > 0 ? "import.errors.hasInvalidRows" : "import.errors.nothingToApply"),
    rows: preview.plan.rows.map(rowView),
  };
}
