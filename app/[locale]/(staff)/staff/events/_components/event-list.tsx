import { getTranslations } from "next-intl/server";
import { listStaffEvents } from "@/db/queries/staff-events-list";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { COUNTRIES } from "@/lib/events/countries";
import { EVENT_KIND_LABELS, EVENT_KINDS } from "@/lib/events/kinds";
import { SECTOR_LABELS, SECTORS } from "@/lib/events/sectors";
import { localized } from "@/i18n/localized";
import { eventDateFromRow } from "@/lib/time/date-precision";
import { formatEventDate } from "@/lib/time/format";
import { parseStaffEventFilters, STAFF_STATUS_FILTERS, staffEventFiltersToQuery } from "@/lib/validation/staff-event-filters";
import { formatStamp } from "../_lib/stamp";
import styles from "./editor.module.css";
import { StatusBadge } from "./status-badge";

type Props = { locale: AppLocale; basePath: string; query: Record<string, string | string[] | undefined> };

/** The staff list of events: search and filters in the URL (plain GET form), drafts included, paginated. */
export async function EventList({ locale, basePath, query }: Props) {
  const t = await getTranslations("editor");
  const filters = parseStaffEventFilters(query);
  const { rows, total, page, pageSize } = listStaffEvents(filters);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const q = staffEventFiltersToQuery(filters, p);
    return q ? `${basePath}?${q}` : basePath;
  };
  return (
    <>
      <form method="get" className="filters" role="search" aria-label={t("list.filters")}>
        <div className="filters__grid">
          <div className="field">
            <label htmlFor="s-q">{t("list.search")}</label>
            <input id="s-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} />
          </div>
          <Select id="s-status" name="status" label={t("list.status")} any={t("list.any")} value={filters.status} options={STAFF_STATUS_FILTERS.map((s) => [s, t(`status.${s}`)])} />
          <Select id="s-kind" name="kind" label={t("list.kind")} any={t("list.any")} value={filters.kind} options={EVENT_KINDS.map((k) => [k, EVENT_KIND_LABELS[k][locale]])} />
          <Select id="s-sector" name="sector" label={t("list.sector")} any={t("list.any")} value={filters.sector} options={SECTORS.map((s) => [s, SECTOR_LABELS[s][locale]])} />
          <Select id="s-country" name="country" label={t("list.country")} any={t("list.any")} value={filters.country} options={COUNTRIES.map((c) => [c.code, locale === "ja" ? c.nameJa : c.nameEn])} />
        </div>
        <div className="filters__actions">
          <button type="submit">{t("list.apply")}</button>
          <Link href={basePath}>{t("list.reset")}</Link>
        </div>
      </form>
      <p className="results-count" role="status">
        {t("list.count", { total })}
      </p>
      {rows.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className={styles.table}>
            <caption className="visually-hidden">{t("list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("list.columns.title")}</th>
                <th scope="col">{t("list.columns.date")}</th>
                <th scope="col">{t("list.columns.status")}</th>
                <th scope="col">{t("list.columns.updated")}</th>
                <th scope="col">{t("list.columns.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const title = localized(row.titleJa, row.titleEn, locale);
                const name = title.text || t("list.untitled");
                return (
                  <tr key={row.id}>
                    <th scope="row" lang={title.lang === locale ? undefined : title.lang}>
                      {row.parentId && <span aria-hidden="true">↳ </span>}
                      {name}
                      <br />
                      <span className={styles.meta}>/{row.slug}</span>
                    </th>
                    <td data-label={t("list.columns.date")}>{formatEventDate(eventDateFromRow(row), locale)}</td>
                    <td data-label={t("list.columns.status")}>
                      <StatusBadge status={row.status} deleted={row.deletedAt !== null} />
                    </td>
                    <td data-label={t("list.columns.updated")} className={styles.meta}>
                      {t("list.updatedBy", { when: formatStamp(row.updatedAt), name: row.updatedByName || row.updatedByEmail || "—" })}
                    </td>
                    <td>
                      <Link href={`/staff/events/${row.id}/edit`} aria-label={t("list.editLabel", { title: name })}>
                        {t("list.edit")}
                      </Link>{" "}
                      ·{" "}
                      <Link href={`/staff/events/${row.id}/history`} aria-label={t("list.historyLabel", { title: name })}>
                        {t("list.history")}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label={t("list.pagination.label")} className="pagination">
          {page > 1 && <Link href={href(page - 1)}>{t("list.pagination.previous")}</Link>}
          <span>{t("list.pagination.page", { page, pages })}</span>
          {page < pages && <Link href={href(page + 1)}>{t("list.pagination.next")}</Link>}
        </nav>
      )}
    </>
  );
}

function Select({ id, name, label, any, value, options }: { id: string; name: string; label: string; any: string; value?: string; options: [string, string][] }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
