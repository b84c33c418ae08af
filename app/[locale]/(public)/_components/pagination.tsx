import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { scheduleFiltersToQuery, type ScheduleFilters } from "@/lib/events/schedule-filters";

export async function Pagination({ page, pages, filters }: { page: number; pages: number; filters: ScheduleFilters }) {
  if (pages <= 1) return null;
  const t = await getTranslations("schedule.pagination");
  const href = (p: number) => {
    const q = scheduleFiltersToQuery({ ...filters, page: p });
    return q ? `/?${q}` : "/";
  };
  return (
    <nav aria-label={t("label")} className="pagination">
      {page > 1 && <Link href={href(page - 1)}>{t("previous")}</Link>}
      <span>{t("page", { page, pages })}</span>
      {page < pages && <Link href={href(page + 1)}>{t("next")}</Link>}
    </nav>
  );
}
