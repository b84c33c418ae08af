import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { isCalendarMonth } from "@/lib/calendar/month-grid";
import { parseScheduleFilters } from "@/lib/events/schedule-filters";
import { queryFromSegment } from "@/lib/events/schedule-view-path";
import { monthHref } from "@/lib/events/schedule-views";
import { previewImagePath } from "@/lib/previews/preview-paths";
import { formatMonth } from "@/lib/time/format";
import { NotFoundInHtml } from "../../../_components/not-found-in-html";
import { NotFoundMessage } from "../../../_components/not-found-message";
import { pageMetadata } from "../../_lib/page-metadata";
import { CalendarView } from "../_components/calendar-view";

/** `view`: the filters' query, when proxy.ts rewrote /{locale}/calendar/{month}?{query} to filtered/[view]. */
type Props = { params: Promise<{ locale: string; month: string; view?: string }> };

/** Rendered on first request, then served from the page cache until the data changes (docs/CACHING.md). */
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { month, view } = await params;
  if (!isCalendarMonth(month)) return {};
  const t = await getTranslations({ locale, namespace: "views.calendar" });
  const { filters } = parseScheduleFilters(new URLSearchParams(view === undefined ? "" : queryFromSegment(view)));
  const monthName = formatMonth(month, locale);
  return pageMetadata({
    locale,
    // Its public address, the filters in their fixed order: the canonical one of every spelling.
    path: monthHref(month, filters),
    title: t("title", { month: monthName }),
    description: t("intro", { month: monthName }),
    image: previewImagePath(locale, { kind: "month", month }),
    indexable: !filters.q,
  });
}

/** A month of the calendar: /{locale}/calendar/{yyyy-mm}, its filters in the URL query. */
export default async function CalendarMonthPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { month, view } = await params;
  if (!isCalendarMonth(month)) {
    return (
      <NotFoundInHtml>
        <NotFoundMessage />
      </NotFoundInHtml>
    );
  }
  return <CalendarView locale={locale} month={month} query={new URLSearchParams(view === undefined ? "" : queryFromSegment(view))} />;
}
