import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listAllAudit } from "@/db/queries/audit";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { requireAdminPage } from "@/lib/auth/session";
import { AuditEntry } from "../events/_components/audit-entry";
import styles from "../events/_components/editor.module.css";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ type?: string; page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "editor" });
  return { title: t("history.adminTitle") };
}

/** Admins' log of every recorded change, newest first, paginated: each a sentence in the page's language (AuditEntry). */
export default async function AdminHistoryPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdminPage(locale, `/${locale}/staff/history`);
  const t = await getTranslations("editor");
  const query = await searchParams;
  const type = query.type === "event" || query.type === "user" || query.type === "country" ? query.type : undefined;
  const page = Math.max(1, Math.min(100_000, Number.parseInt(query.page ?? "1", 10) || 1));
  const log = listAllAudit({ entityType: type, page, pageSize: 50 });
  const pages = Math.max(1, Math.ceil(log.total / log.pageSize));
  const href = (p: number) => {
    const q = new URLSearchParams();
    if (type) q.set("type", type);
    if (p > 1) q.set("page", String(p));
    return q.size ? `/staff/history?${q}` : "/staff/history";
  };
  return (
    <>
      <h1>{t("history.adminTitle")}</h1>
      <p className="lead">{t("history.adminIntro")}</p>
      <form method="get" className="filters">
        <div className="field">
          <label htmlFor="h-type">{t("history.filter")}</label>
          <select id="h-type" name="type" defaultValue={type ?? ""}>
            <option value="">{t("history.filterAll")}</option>
            <option value="event">{t("history.filterEvents")}</option>
            <option value="user">{t("history.filterUsers")}</option>
            <option value="country">{t("history.filterCountries")}</option>
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit">{t("list.apply")}</button>
        </div>
      </form>
      {log.rows.length === 0 && <p>{t("history.none")}</p>}
      <ol className="event-list" aria-label={t("history.changes")}>
        {log.rows.map((entry) => (
          <li key={entry.id} className={styles.entry}>
            <AuditEntry entry={entry} locale={locale} />
          </li>
        ))}
      </ol>
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
