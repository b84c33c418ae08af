import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { changesFeedAlternate } from "@/lib/changes/changes-atom";
import { previewImagePath } from "@/lib/previews/preview-paths";
import { pageMetadata } from "../_lib/page-metadata";
import { ChangesView } from "./_components/changes-view";

type Props = { params: Promise<{ locale: string }> };

/** Rendered on first request, then served from the page cache until the data changes (docs/CACHING.md). */
export const revalidate = 60;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "changes" });
  return pageMetadata({
    locale,
    path: "/changes",
    title: t("title"),
    description: t("intro"),
    image: previewImagePath(locale, { kind: "page", page: "changes" }),
    types: changesFeedAlternate({}, locale),
  });
}

/** Every change, newest first. A URL with a query is rewritten by proxy.ts to filtered/[changesQuery]. */
export default async function ChangesPage({ params }: Props) {
  const locale = await pageLocale(params);
  return <ChangesView locale={locale} query={new URLSearchParams()} />;
}
