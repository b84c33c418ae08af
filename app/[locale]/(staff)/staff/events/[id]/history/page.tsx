import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { listEventAudit } from "@/db/queries/audit";
import { getStaffEvent } from "@/db/queries/staff-events";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { requireEditorPage } from "@/lib/auth/session";
import { isRedacted } from "@/lib/events/event-redaction";
import { snapshotVersion } from "@/lib/audit/event-snapshot";
import { localized } from "@/i18n/localized";
import { AuditEntry } from "../../_components/audit-entry";
import { DoneNotice } from "../../_components/done-notice";
import styles from "../../_components/editor.module.css";

type Props = { params: Promise<{ locale: AppLocale; id: string }>; searchParams: Promise<{ done?: string; page?: string; v?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "editor" });
  return { title: t("history.pageTitle") };
}

/**
 * Every recorded change of one event, newest first: each entry is the version it wrote — who, when,
 * what changed (before → after) — with a link to restore that version (a confirmation page first).
 */
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
      <p className="lead">{t("history.intro", { version: event.version })}</p>
      {history.rows.length === 0 && <p>{t("history.none")}</p>}
      <ol className="event-list" aria-label={t("history.changes")}>
        {history.rows.map((entry) => {
          const written = snapshotVersion(entry.after);
          // Not the current version, nor one in which it was deleted; nothing after a redaction (final).
          const restorable = written !== null && written !== event.version && !entry.after?.deletedAt && !isRedacted(event);
          return (
            <li key={entry.id} className={styles.entry}>
              <AuditEntry
                entry={entry}
                locale={locale}
                version={{ current: event.version, restoreHref: restorable ? `/staff/events/${event.id}/restore?entry=${entry.id}` : null }}
              />
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
