import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { changesFeedAlternate } from "@/lib/changes/changes-atom";
import { previewImagePath } from "@/lib/previews/preview-paths";
import { pageMetadata } from "./_lib/page-metadata";
import { ScheduleView } from "./_components/schedule-view";

type Props = { params: Promise<{ locale: string }> };

/** Rendered on first request, then served from the page cache until the data changes (docs/CACHING.md). */
export const revalidate = 60;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "schedule" });
  return pageMetadata({ locale, path: "/", title: t("title"), description: t("intro"), image: previewImagePath(locale, { kind: "page", page: "schedule" }), types: changesFeedAlternate({}, locale) });
}

/** The unfiltered schedule. A URL with a query is rewritten by proxy.ts to filtered/[query]. */
export default async function SchedulePage({ params }: Props) {
  const locale = await pageLocale(params);
  return <ScheduleView locale={locale} query={new URLSearchParams()} />;
}
