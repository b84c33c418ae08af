import { redirect } from "next/navigation";
import { scheduleDateRange } from "@/db/queries/calendar-events";
import { pageLocale } from "@/i18n/page-locale";
import { TIMELINE_YEAR } from "@/lib/calendar/year-timeline";

type Props = { params: Promise<{ locale: string }> };

/** Rendered on first request, then served from the page cache until the data changes (docs/CACHING.md). */
export const revalidate = 60;

/** /{locale}/calendar opens the month of the schedule's first event (January of the year when there is none). */
export default async function CalendarPage({ params }: Props) {
  const locale = await pageLocale(params);
  const first = scheduleDateRange({})?.first.slice(0, 7) ?? `${TIMELINE_YEAR}-01`;
  redirect(`/${locale}/calendar/${first}`);
}
