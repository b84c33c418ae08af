import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getImportBatch, listBatchEventIds } from "@/db/queries/import-batches";
import { getStaffEvent } from "@/db/queries/staff-events";
import { getUserById } from "@/db/queries/users";
import { Link } from "@/i18n/navigation";
import { localized } from "@/i18n/localized";
import type { AppLocale } from "@/i18n/routing";
import { requireEditorPage } from "@/lib/auth/session";
import { formatStamp } from "../../events/_lib/stamp";
import { ActionButtonForm } from "../../events/_components/action-button-form";
import { undoImportAction } from "../actions";

type Props = { params: Promise<{ locale: AppLocale; batch: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, batch } = await params;
  const t = await getTranslations({ locale, namespace: "import.page.batch" });
  return { title: t("title", { id: batch.slice(0, 12) }) };
}

/** One applied (or undone) import: what it did, its events as they are now, and the undo for admins. */
export default async function ImportBatchPage({ params, searchParams }: Props) {
  const { locale, batch: raw } = await params;
  setRequestLocale(locale);
  const user = await requireEditorPage(locale, `/${locale}/staff/import/${raw}`);
  const batch = /^[1-9]\d{0,12}$/.test(raw) ? getImportBatch(Number(raw)) : undefined;
  if (!batch || batch.status === "preview") notFound();
  const t = await getTranslations("import.page.batch");
  const editor = await getTranslations("editor");
  const status = (key: string) => editor(`status.${key}`);
  const { done } = await searchParams;
  const events = listBatchEventIds(batch.id).map((id) => ({ id, event: getStaffEvent(id) }));
  const by = batch.createdBy ? getUserById(batch.createdBy) : undefined;
  return (
    <>
      <h1>{t("title", { id: batch.id })}</h1>
      {(done === "applied" || done === "undone") && (
        <div className="notice notice--success" role="status">
          <p>{t(`done.${done}`)}</p>
        </div>
      )}
      <dl>
        <dt>{t("file")}</dt>
        <dd>
          {batch.fileName} ({batch.format.toUpperCase()}, {batch.encoding})
        </dd>
        <dt>{editor("fields.status")}</dt>
        <dd>{t(`status.${batch.status}`)}</dd>
      </dl>
      <p>{t("counts", { create: batch.created, update: batch.updated, unchanged: batch.unchanged, skipped: batch.skipped })}</p>
      <p>{t("by", { name: by?.name || by?.email || "—", time: formatStamp(batch.appliedAt ?? batch.createdAt) })}</p>
      {batch.undoneAt && <p>{t("undoneBy", { time: formatStamp(batch.undoneAt) })}</p>}
      <p>{batch.published ? t("published") : t("drafts")}</p>
      <h2>{t("events")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">ID</th>
            <th scope="col">{t("events")}</th>
            <th scope="col">{t("eventStatus")}</th>
          </tr>
        </thead>
        <tbody>
          {events.map(({ id, event }) => (
            <tr key={id}>
              <td>#{id}</td>
              <td>{event ? <Link href={`/staff/events/${id}/edit`}>{localized(event.titleJa, event.titleEn, locale).text}</Link> : t("eventGone")}</td>
              <td>{event ? (event.deletedAt ? status("deleted") : status(event.status)) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {user.role === "admin" && batch.status === "applied" && (
        <section aria-labelledby="import-undo">
          <h2 id="import-undo">{t("undo")}</h2>
          <ActionButtonForm action={undoImportAction} hidden={{ batchId: batch.id }} label={t("undo")} variant="danger" hint={t("undoHint")} />
        </section>
      )}
      <p>
        <Link href="/staff/import">{t("back")}</Link>
      </p>
    </>
  );
}
