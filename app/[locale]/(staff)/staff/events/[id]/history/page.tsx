import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { listEventAudit } from "@/db/queries/audit";
import { getStaffEvent } from "@/db/queries/staff-events";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { requireEditorPage } from "@/lib/auth/session";
import { snapshotVersion } from "@/lib/audit/event-snapshot";
import { isRedacted } from "@/lib/events/event-redaction";
import { localized } from "@/i18n/localized";
import { restoreEventAction } from "../../actions";
import { ActionButtonForm } from "../../_components/action-button-form";
import { AuditDiffTable } from "../../_components/audit-diff-table";
import { AuditPublicChange } from "../../_components/audit-public-change";
import { AuditEntryHeading } from "../../_components/audit-entry-heading";
import { DoneNotice } from "../../_components/done-notice";
import styles from "../../_components/editor.module.css";

type Props = { params: Promise<{ locale: AppLocale; id: string }>; searchParams: Promise<{ done?: string; page?: string; v?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "editor" });
  return { title: t("history.pageTitle") };
}

/** Every recorded change of one event, with diffs and "Restore version N" on each. */
export default async function EventHistoryPage({ params, searchParams }: Props) {
  const { locale, id: rawId } = await params;
  setRequestLocale(locale);
  await requireEditorPage(locale, `/${locale}/staff/events/${rawId}/history`);
  const id = /^[1-9]\d{0,15}$/.test(rawId) ? Number(rawId) : null;
  const event = id ? getStaffEvent(id) : undefined;
  if (!event) notFound();
  const t = await getTranslations("editor");
  const query = await searchParams;
  const page = Math.max(1, Math.min(100_000, Number.parseInt(query.page ?? "1", 10) || 1));
  const history = listEventAudit(event.id, { page, pageSize: 30 });
  const pages = Math.max(1, Math.ceil(history.total / history.pageSize));
  const title = localized(event.titleJa, event.titleEn, locale).text || t("list.untitled");
  return (
    <>
      <p>
        <Link href={`/staff/events/${event.id}/edit`}>← {t("history.backToEdit")}</Link>
      </p>
      <h1>{t("history.title", { title })}</h1>
      <DoneNotice done={query.done} />
      <p className="lead">{t("history.intro")}</p>
      {history.rows.length === 0 && <p>{t("history.none")}</p>}
      <ol className="event-list" key={`v${query.v ?? ""}`} aria-label={t("history.changes")}>
        {history.rows.map((entry) => {
          // A redaction is final (lib/events/event-redaction.ts): nothing is restored over it.
          const restorable = isRedacted(event) ? null : snapshotVersion(entry.before);
          return (
            <li key={entry.id} className={styles.entry}>
              <AuditEntryHeading entry={entry} />
              <AuditDiffTable entityType="event" before={entry.before} after={entry.after} locale={locale} />
              <AuditPublicChange entry={entry} locale={locale} />
              {restorable !== null && (
                <ActionButtonForm
                  action={restoreEventAction}
                  hidden={{ id: event.id, version: event.version, auditId: entry.id }}
                  label={t("history.restore", { version: restorable })}
                  hint={t("history.restoreHint")}
                />
              )}
            </li>
          );
        })}
      </ol>
      {pages > 1 && (
        <nav aria-label={t("list.pagination.label")} className="pagination">
          {page > 1 && <Link href={`/staff/events/${event.id}/history?page=${page - 1}`}>{t("list.pagination.previous")}</Link>}
          <span>{t("list.pagination.page", { page, pages })}</span>
          {page < pages && <Link href={`/staff/events/${event.id}/history?page=${page + 1}`}>{t("list.pagination.next")}</Link>}
        </nav>
      )}
    </>
  );
}
