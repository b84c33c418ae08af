import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { previewRestore } from "@/db/queries/staff-events-status";
import { Link } from "@/i18n/navigation";
import { localized } from "@/i18n/localized";
import type { AppLocale } from "@/i18n/routing";
import { eventSnapshot } from "@/lib/audit/event-snapshot";
import { requireEditorPage } from "@/lib/auth/session";
import { restoreStatusEffect } from "@/lib/events/event-edit-restore";
import { restoreEventAction } from "../../actions";
import { AuditDiffTable } from "../../_components/audit-diff-table";
import { RestoreForm } from "../../_components/restore-form";

type Props = { params: Promise<{ locale: AppLocale; id: string }>; searchParams: Promise<{ entry?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "editor" });
  return { title: t("restore.pageTitle") };
}

const positiveId = (raw: string | undefined) => (raw && /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null);

/**
 * The confirmation before restoring a version: what it changes, that it is recorded as a new
 * version, and — when the version's status differs — a choice to keep the current status (the
 * default) or restore that one too, saying what that does (un-cancels, publishes…). A page of its
 * own, reached by a link, so it works without JavaScript.
 */
export default async function RestoreVersionPage({ params, searchParams }: Props) {
  const { locale, id: rawId } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  await requireEditorPage(locale, `/${locale}/staff/events/${rawId}/restore?entry=${encodeURIComponent(query.entry ?? "")}`);
  const id = positiveId(rawId);
  const auditId = positiveId(query.entry);
  const plan = id && auditId ? previewRestore({ id, auditId, withStatus: false }) : null;
  const withStatus = id && auditId ? previewRestore({ id, auditId, withStatus: true }) : null;
  if (!plan?.ok || !withStatus?.ok) notFound();
  const t = await getTranslations("editor");
  const { current, version } = plan;
  const title = localized(current.titleJa, current.titleEn, locale).text || t("list.untitled");
  const effect = restoreStatusEffect(current.status, withStatus.patch.status ?? current.status);
  const now = eventSnapshot(current);
  const contentChanges = Object.keys(plan.patch).filter((f) => f !== "deletedAt").length;
  return (
    <>
      <p>
        <Link href={`/staff/events/${current.id}/history`}>← {t("restore.back")}</Link>
      </p>
      <h1>{t("restore.title", { version, title })}</h1>
      <p className="lead">{t("restore.intro", { version, next: current.version + 1 })}</p>
      {current.deletedAt && <p className="notice notice--warning">{t("restore.deleted")}</p>}
      <h2>{t("restore.changes")}</h2>
      {contentChanges === 0 ? (
        <p>{t("restore.noContentChange", { version })}</p>
      ) : (
        <AuditDiffTable entityType="event" before={now} after={{ ...now, ...eventSnapshot(plan.patch) }} locale={locale} />
      )}
      <RestoreForm
        action={restoreEventAction}
        hidden={{ id: current.id, version: current.version, auditId: auditId! }}
        version={version}
        status={
          effect === "none"
            ? null
            : {
                current: t(`status.${current.status}`),
                restored: t(`status.${withStatus.patch.status!}`),
                effect: t(`restore.effect.${effect}`),
              }
        }
      />
      <p>
        <Link href={`/staff/events/${current.id}/history`}>{t("restore.cancel")}</Link>
      </p>
    </>
  );
}
