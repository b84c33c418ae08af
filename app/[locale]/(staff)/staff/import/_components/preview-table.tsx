"use client";

import { useTranslations } from "next-intl";
import type { PreviewRowView } from "../_lib/preview-view";

/** Every row of a preview: its result, the event as it would be, and why (problems, changes, skip reason). */
export function PreviewTable({ rows }: { rows: PreviewRowView[] }) {
  const t = useTranslations("import.page");
  return (
    <div className="table-scroll">
      <table className="import-preview">
        <thead>
          <tr>
            <th scope="col">{t("columns.row")}</th>
            <th scope="col">{t("columns.outcome")}</th>
            <th scope="col">{t("columns.event")}</th>
            <th scope="col">{t("columns.details")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row} data-outcome={r.outcome}>
              <th scope="row">{r.row}</th>
              <td>
                <span className={`badge${r.outcome === "invalid" ? " badge--cancelled" : ""}`}>{r.outcomeLabel}</span>
              </td>
              <td>
                <strong>{r.title}</strong>
                {r.when && <div>{r.when}</div>}
                {r.host && <div className="hint">{r.host}</div>}
                {r.matched && <div className="hint">{r.matched}</div>}
              </td>
              <td>
                {r.skip && <p>{r.skip}</p>}
                {r.problems.length > 0 && (
                  <ul className="field-error">
                    {r.problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                )}
                {r.warnings.map((w) => (
                  <p key={w} className="hint">
                    {w}
                  </p>
                ))}
                {r.changes.length > 0 && (
                  <ul>
                    {r.changes.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
