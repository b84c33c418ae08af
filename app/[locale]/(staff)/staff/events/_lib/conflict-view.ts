import { displayValue } from "@/lib/audit/audit-diff";
import type { SnapshotValue } from "@/lib/audit/event-snapshot";
import type { ConflictReport } from "@/lib/events/event-edit-conflict";
import type { AppLocale } from "@/i18n/routing";
import { formatDisplayValue } from "./display-value";
import { formatStamp } from "./stamp";

/** A conflict report with every value already formatted, ready to send to the form (plain JSON). */
export type ConflictView = {
  baseVersion: number;
  currentVersion: number;
  intro: string;
  /** Each save since the editor's version: who, when (in STAFF_TIME_ZONE), what. */
  saves: string[];
  rows: { field: string; label: string; base: string; theirs: string; yours: string | null; overlap: boolean }[];
};

type Translate = { (key: string, values?: Record<string, string | number>): string };

export function conflictView(report: ConflictReport, locale: AppLocale, t: Translate): ConflictView {
  const names = [...new Set(report.editors.map((e) => e.userName ?? t("conflict.unknownUser")))].join(", ");
  const show = (field: string, value: SnapshotValue | undefined) => formatDisplayValue(field, displayValue(field, value, report.current), locale, t);
  return {
    baseVersion: report.baseVersion,
    currentVersion: report.currentVersion,
    intro: t("conflict.intro", { base: report.baseVersion, count: Math.max(1, report.editors.length), names: names || t("conflict.unknownUser") }),
    saves: report.editors.map((e) => `${formatStamp(e.at)} — ${e.userName ?? t("conflict.unknownUser")} — ${t(`history.actions.${e.action}`)}`),
    rows: report.changes.map((c) => ({
      field: c.field,
      label: t(`fields.${c.field}`),
      base: show(c.field, c.base),
      theirs: show(c.field, c.theirs),
      yours: c.yours === undefined ? null : show(c.field, c.yours),
      overlap: c.overlap,
    })),
  };
}
