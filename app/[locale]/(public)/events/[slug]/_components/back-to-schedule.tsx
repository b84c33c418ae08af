import { getTranslations } from "next-intl/server";
import { LocaleLink } from "../../../../_components/locale-link";
import { parseScheduleFilters, scheduleFiltersToQuery } from "@/lib/events/schedule-filters";

/** "← Back to the schedule", to the view the reader came from (its valid filters and page), if any. */
export async function BackToSchedule({ from }: { from: string }) {
  const t = await getTranslations("event");
  const query = scheduleFiltersToQuery(parseScheduleFilters(new URLSearchParams(from)).filters);
  return (
    <p className="back-link">
      <LocaleLink href={query ? `/?${query}` : "/"}>← {t("backToSchedule")}</LocaleLink>
    </p>
  );
}
