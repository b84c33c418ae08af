import { getTranslations } from "next-intl/server";
import { LocaleLink } from "../../_components/locale-link";
import { scheduleFiltersToQuery, type ScheduleFilters } from "@/lib/events/schedule-filters";

type Props = { page: number; pages: number; beyondLast: boolean; filters: ScheduleFilters };

export async function Pagination({ page, pages, beyondLast, filters }: Props) {
  const t = await getTranslations("schedule.pagination");
  const href = (p: number) => {
    const q = scheduleFiltersToQuery({ ...filters, page: p });
    return q ? `/?${q}` : "/";
  };
  if (beyondLast) {
    return (
      <div role="status" className="notice notice--warning">
        <p>{t("beyondLast", { page, pages })}</p>
        <p>
          <LocaleLink href={href(pages)}>{t("lastPage")}</LocaleLink>
        </p>
      </div>
    );
  }
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("label")} className="pagination">
      {page > 1 && <LocaleLink href={href(page - 1)}>{t("previous")}</LocaleLink>}
      <span>{t("page", { page, pages })}</span>
      {page < pages && <LocaleLink href={href(page + 1)}>{t("next")}</LocaleLink>}
    </nav>
  );
}
