import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { changesFeedAlternate } from "@/lib/changes/changes-atom";
import { changesViewHref, parseChangesView } from "@/lib/changes/changes-view";
import { queryFromSegment } from "@/lib/events/schedule-view-path";
import { previewImagePath } from "@/lib/previews/preview-paths";
import { pageMetadata } from "../../../_lib/page-metadata";
import { ChangesView } from "../../_components/changes-view";

type Props = { params: Promise<{ locale: string; changesQuery: string }> };

/**
 * A filtered view of the changelog. Its public URL is /{locale}/changes?{query}; proxy.ts rewrites
 * that to this route with the query as one path segment, so each view is cached as a page of its
 * own (reading searchParams would make every view render per request), as the schedule's are.
 */
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { changesQuery } = await params;
  const t = await getTranslations({ locale, namespace: "changes" });
  const { view } = parseChangesView(new URLSearchParams(queryFromSegment(changesQuery)));
  // Its canonical address is the public one, /{locale}/changes?{query}; a view of the changelog is not for search engines to keep.
  return pageMetadata({
    locale,
    path: changesViewHref(view),
    title: t("title"),
    description: t("intro"),
    image: previewImagePath(locale, { kind: "page", page: "changes" }),
    indexable: false,
    types: changesFeedAlternate(view.filters, locale),
  });
}

export default async function FilteredChangesPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { changesQuery } = await params;
  return <ChangesView locale={locale} query={new URLSearchParams(queryFromSegment(changesQuery))} />;
}
