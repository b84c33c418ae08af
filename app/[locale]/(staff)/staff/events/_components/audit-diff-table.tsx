import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { displayValue, snapshotDiff, type DiffRow } from "@/lib/audit/audit-diff";
import type { EventSnapshot } from "@/lib/audit/event-snapshot";
import { formatDisplayValue } from "../_lib/display-value";
import styles from "./editor.module.css";

/** Bookkeeping of a country's facts, not facts. */
const COUNTRY_BOOKKEEPING = new Set(["id", "countryCode", "version", "updatedAt", "updatedBy"]);

/** Differences for entries that are not events (a country's facts): every key whose value changed. */
function genericDiff(before: EventSnapshot | null, after: EventSnapshot | null): DiffRow[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !COUNTRY_BOOKKEEPING.has(k));
  return keys
    .filter((k) => JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null))
    .map((k) => ({ field: k as DiffRow["field"], before: displayValue(k, before?.[k], before), after: displayValue(k, after?.[k], after) }));
}

/** The field / before / after table of an event's or a country's change. Values are text: nothing in them is markup. */
export async function AuditDiffTable({ entityType, before, after, locale }: { entityType: string; before: EventSnapshot | null; after: EventSnapshot | null; locale: AppLocale }) {
  const t = await getTranslations("editor");
  const countries = await getTranslations("countries.staff.fields");
  const rows = entityType === "event" ? snapshotDiff(before, after) : genericDiff(before, after);
  if (rows.length === 0) return <p className={styles.meta}>{t("history.noChanges")}</p>;
  const label = (field: string) =>
    entityType === "event" && t.has(`fields.${field}`) ? t(`fields.${field}`) : entityType === "country" && countries.has(field) ? countries(field) : field;
  const show = (field: string, value: DiffRow["before"]) => formatDisplayValue(field, value, locale, t);
  return (
    <div className="table-scroll">
      <table className={styles.diff}>
        <thead>
          <tr>
            <th scope="col">{t("history.field")}</th>
            <th scope="col">{t("history.before")}</th>
            <th scope="col">{t("history.after")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field}>
              <th scope="row">{label(row.field)}</th>
              <td className={styles.pre}>{show(row.field, row.before)}</td>
              <td className={styles.pre}>{show(row.field, row.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
