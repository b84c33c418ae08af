import { displayValue } from "@/lib/audit/audit-diff";
import type { SnapshotValue } from "@/lib/audit/event-snapshot";
import { conflictGroup, type ConflictChoice, type ConflictGroup } from "@/lib/events/conflict-choices";
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
  rows: {
    field: string;
    label: string;
    base: string;
    theirs: string;
    yours: string | null;
    overlap: boolean;
    /** The form fields a choice fills (null: the form does not edit this field); rows of a group are adjacent, the first holds the choice. */
    group: ConflictGroup | null;
    firstOfGroup: boolean;
    /** What the form starts with: theirs where only they changed the field, mine where both did. */
    choice: ConflictChoice | null;
  }[];
  /** The form values of both sides (when the refused action was a form save): for filling the form with a choice. */
  forms: { mine: Record<string, string>; theirs: Record<string, string> } | null;
};

type Translate = { (key: string, values?: Record<string, string | number>): string };

export function conflictView(
  report: ConflictReport,
  locale: AppLocale,
  t: Translate,
  forms: ConflictView["forms"] = null,
): ConflictView {
  const names = [...new Set(report.editors.map((e) => e.userName ?? t("conflict.unknownUser")))].join(", ");
  const show = (field: string, value: SnapshotValue | undefined) => formatDisplayValue(field, displayValue(field, value, report.current), locale, t);
  const rows = report.changes.map((c) => {
    const group = forms ? conflictGroup(c.field) : null;
    return {
      field: c.field,
      label: t(`fields.${c.field}`),
      base: show(c.field, c.base),
      theirs: show(c.field, c.theirs),
      yours: c.yours === undefined ? null : show(c.field, c.yours),
      overlap: c.overlap,
      group,
      firstOfGroup: false,
      choice: null as ConflictChoice | null,
    };
  });
  // Rows of one group together, in the order their groups first appear.
  const order = [...new Set(rows.map((r) => r.group ?? r.field))];
  rows.sort((a, b) => order.indexOf(a.group ?? a.field) - order.indexOf(b.group ?? b.field));
  rows.forEach((row, i) => {
    if (!row.group) return;
    row.firstOfGroup = i === 0 || rows[i - 1].group !== row.group;
    row.choice = rows.some((r) => r.group === row.group && r.overlap) ? "mine" : "theirs";
  });
  return {
    baseVersion: report.baseVersion,
    currentVersion: report.currentVersion,
    intro: t("conflict.intro", { base: report.baseVersion, count: Math.max(1, report.editors.length), names: names || t("conflict.unknownUser") }),
    saves: report.editors.map((e) => `${formatStamp(e.at)} — ${e.userName ?? t("conflict.unknownUser")} — ${t(`history.actions.${e.action}`)}`),
    rows,
    forms,
  };
}
