import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { changesFeedAlternate } from "@/lib/changes/changes-atom";
import { parseScheduleFilters } from "@/lib/events/schedule-filters";
import { queryFromSegment } from "@/lib/events/schedule-view-path";
import { listHref } from "@/lib/events/schedule-views";
import { previewImagePath } from "@/lib/previews/preview-paths";
import { pageMetadata } from "../../_lib/page-metadata";
import { ScheduleView } from "../../_components/schedule-view";

type Props = { params: Promise<{ locale: string; query: string }> };

/**
 * A filtered view of the schedule. Its public URL is /{locale}?{query}; proxy.ts rewrites that
 * to this route with the query as one path segment, so each view is cached as a page of its own
 * (reading searchParams would make every view render per request).
 */
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "schedule" });
  const { filters } = parseScheduleFilters(new URLSearchParams(queryFromSegment((await params).query)));
  // Its canonical address is the public one, /{locale}?{the filters in their fixed order}; a
  // search's results are not for search engines to keep.
  return pageMetadata({
    locale,
    path: listHref(filters),
    title: t("title"),
    description: t("intro"),
    image: previewImagePath(locale, { kind: "page", page: "schedule" }),
    indexable: !filters.q,
    types: changesFeedAlternate(filters, locale),
  });
}

export default async function FilteredSchedulePage({ params }: Props) {
  const locale = await pageLocale(params);
  const { query } = await params;
  return <ScheduleView locale={locale} query={new URLSearchParams(queryFromSegment(query))} />;
}
