import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { parseScheduleFilters } from "@/lib/events/schedule-filters";
import { queryFromSegment } from "@/lib/events/schedule-view-path";
import { parseTimelineRows, yearHref } from "@/lib/events/schedule-views";
import { previewImagePath } from "@/lib/previews/preview-paths";
import { pageMetadata } from "../_lib/page-metadata";
import { YearView } from "./_components/year-view";

/** `view`: the filters' query, when proxy.ts rewrote /{locale}/year?{query} to filtered/[view]. */
type Props = { params: Promise<{ locale: string; view?: string }> };

/** Rendered on first request, then served from the page cache until the data changes (docs/CACHING.md). */
export const revalidate = 60;

const viewQuery = (view: string | undefined) => new URLSearchParams(view === undefined ? "" : queryFromSegment(view));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const query = viewQuery((await params).view);
  const { filters } = parseScheduleFilters(query);
  const t = await getTranslations({ locale, namespace: "views.year" });
  return pageMetadata({
    locale,
    path: yearHref({ ...filters, page: undefined }, parseTimelineRows(query).rows),
    title: t("title"),
    description: t("intro"),
    image: previewImagePath(locale, { kind: "page", page: "year" }),
    indexable: !filters.q,
  });
}

/** The year timeline: /{locale}/year, the schedule's filters and its rows in the URL query. */
export default async function YearPage({ params }: Props) {
  const locale = await pageLocale(params);
  return <YearView locale={locale} query={viewQuery((await params).view)} />;
}
