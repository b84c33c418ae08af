import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getStaffEvent } from "@/db/queries/staff-events";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { requireEditorPage } from "@/lib/auth/session";
import { EnhanceOnMount } from "../../../../../(public)/_browser/enhance-on-mount";
import { EventDetail } from "../../../../../(public)/events/[slug]/_components/event-detail";

type Props = { params: Promise<{ locale: AppLocale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "editor" });
  return { title: t("preview.pageTitle"), robots: { index: false, follow: false, nocache: true } };
}

/**
 * An event's public page as readers would see it, drafts included, for staff only: rendered per
 * request like every staff page (no-store, never in the page cache), noindex, and marked
 * "Preview — not public" above the content.
 */
export default async function EventPreviewPage({ params }: Props) {
  const { locale, id: rawId } = await params;
  setRequestLocale(locale);
  await requireEditorPage(locale, `/${locale}/staff/events/${rawId}/preview`);
  const event = /^[1-9]\d{0,15}$/.test(rawId) ? getStaffEvent(Number(rawId)) : undefined;
  if (!event || event.deletedAt) notFound();
  const t = await getTranslations("editor.preview");
  const state = event.status === "draft" ? "draft" : "public";
  return (
    <>
      <p>
        <Link href={`/staff/events/${event.id}/edit`}>← {t("back")}</Link>
      </p>
      <div className="notice notice--warning" role="note" aria-labelledby="preview-banner">
        <p>
          <strong id="preview-banner">{t("banner")}</strong>
        </p>
        <p>{t(state === "draft" ? "draftBody" : "publicBody")}</p>
      </div>
      <EventDetail event={event} locale={locale} from="" preview />
      {/* The reader's-time row and copy buttons, which public pages show from their own script. */}
      <EnhanceOnMount />
    </>
  );
}
