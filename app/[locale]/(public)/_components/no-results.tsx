import { getTranslations } from "next-intl/server";
import { LocaleLink } from "../../_components/locale-link";
import { type ScheduleFilters, hasActiveFilters, scheduleFiltersToQuery } from "@/lib/events/schedule-filters";

/** Nothing matched: suggest searching without the other filters, or clearing them all. */
export async function NoResults({ filters }: { filters: ScheduleFilters }) {
  const t = await getTranslations("schedule.noResults");
  const searchOnly = filters.q ? scheduleFiltersToQuery({ q: filters.q }) : "";
  const otherFilters = hasActiveFilters({ ...filters, q: undefined, page: undefined });
  return (
    <div className="notice" role="status">
      <p>{t("body")}</p>
      <ul>
        {searchOnly && otherFilters && (
          <li>
            <LocaleLink href={`/?${searchOnly}`}>{t("searchOnly", { q: filters.q! })}</LocaleLink>
          </li>
        )}
        <li>
          <LocaleLink href="/">{t("clear")}</LocaleLink>
        </li>
      </ul>
    </div>
  );
}
