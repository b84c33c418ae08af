import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { eventWasEverPublic } from "@/db/queries/audit";
import { getStaffEvent } from "@/db/queries/staff-events";
import { getUserLabel, listStaffChildren } from "@/db/queries/staff-events-list";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { requireEditorPage } from "@/lib/auth/session";
import { eventFormValues } from "@/lib/events/event-edit-form-values";
import { hasRole } from "@/lib/auth/staff-user";
import { allowedStatusActions, isSlugLocked } from "@/lib/events/event-edit-status";
import { canRedact, isRedacted } from "@/lib/events/event-redaction";
import { localized } from "@/i18n/localized";
import {
  cancelEventAction,
  deleteEventAction,
  duplicateEventAction,
  publishEventAction,
  redactEventAction,
  unpublishEventAction,
  uncancelEventAction,
  updateEventAction,
} from "../../actions";
import { DoneNotice } from "../../_components/done-notice";
import { EventForm } from "../../_components/event-form";
import { PhaseItems } from "../../_components/phase-items";
import { RedactForm } from "../../_components/redact-form";
import { StatusActions } from "../../_components/status-actions";
import { StatusBadge } from "../../_components/status-badge";
import styles from "../../_components/editor.module.css";
import { eventFormOptions } from "../../_lib/form-options";
import { formatStamp } from "../../_lib/stamp";

type Props = { params: Promise<{ locale: AppLocale; id: string }>; searchParams: Promise<{ done?: string; v?: string }> };

function eventId(raw: string): number | null {
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "editor" });
  return { title: t("form.editTitle") };
}

export default async function EditEventPage({ params, searchParams }: Props) {
  const { locale, id: rawId } = await params;
  setRequestLocale(locale);
  const user = await requireEditorPage(locale, `/${locale}/staff/events/${rawId}/edit`);
  const id = eventId(rawId);
  const event = id ? getStaffEvent(id) : undefined;
  if (!event) notFound();
  const t = await getTranslations("editor");
  const title = localized(event.titleJa, event.titleEn, locale);
  const deleted = event.deletedAt !== null;
  const isPhase = event.programId !== null && event.parentId === null;
  const publicNow = !deleted && event.status !== "draft";
  const query = await searchParams;
  // Forms start afresh after this user's own successful action (see actions.ts goTo), not on a refresh.
  const formKey = `v${query.v ?? ""}`;
  return (
    <>
      <p>
        <Link href="/staff/events">← {t("form.backToList")}</Link>
      </p>
      <h1>
        {t("form.editTitle")}: <span lang={title.lang === locale ? undefined : title.lang}>{title.text || t("list.untitled")}</span>
      </h1>
      <DoneNotice done={query.done} />
      <p className={styles.meta}>
        <StatusBadge status={event.status} deleted={deleted} />{" "}
        {t("form.version", { version: event.version, when: `${formatStamp(event.updatedAt)}${event.updatedBy ? ` — ${getUserLabel(event.updatedBy) ?? ""}` : ""}` })}
      </p>
      <p className={styles.inline}>
        <Link href={`/staff/events/${event.id}/history`}>{t("form.historyLink")}</Link>
        {publicNow && (
          <>
            {" · "}
            <Link href={`/events/${event.slug}`}>{t("form.viewPublic")}</Link>
          </>
        )}
      </p>

      <section className={styles.panel} aria-labelledby="status-actions">
        <h2 id="status-actions">{t("actions.title")}</h2>
        {deleted ? (
          <>
            <p className="notice notice--warning">{t(isRedacted(event) ? "actions.redactedNotice" : "actions.deletedNotice")}</p>
            {hasRole(user, "admin") && canRedact(event) && <RedactForm key={formKey} id={event.id} version={event.version} action={redactEventAction} />}
          </>
        ) : (
          <StatusActions
            key={formKey}
            id={event.id}
            version={event.version}
            allowed={allowedStatusActions(event)}
            actions={{
              publish: publishEventAction,
              unpublish: unpublishEventAction,
              cancel: cancelEventAction,
              uncancel: uncancelEventAction,
              delete: deleteEventAction,
              duplicate: duplicateEventAction,
            }}
          />
        )}
      </section>

      {!deleted && (
        <EventForm
          key={formKey}
          mode="edit"
          action={updateEventAction}
          initial={eventFormValues(event)}
          locale={locale}
          slugLocked={isSlugLocked(event, eventWasEverPublic(event.id))}
          {...eventFormOptions(locale, event.id)}
        />
      )}

      {isPhase && !deleted && <PhaseItems key={formKey} parent={event} items={listStaffChildren(event.id)} locale={locale} />}
    </>
  );
}
