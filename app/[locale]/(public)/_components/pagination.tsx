import { getTranslations } from "next-intl/server";
import { LocaleLink } from "../../_components/locale-link";
import { scheduleFiltersToQuery, type ScheduleFilters } from "@/lib/events/schedule-filters";

type Props = {
  page: number;
  pages: number;
  beyondLast: boolean;
  filters: ScheduleFilters;
  /** A page's address in a list other than the schedule (the changelog's); default: the schedule's. */
  pageHref?: (page: number) => string;
};

function schedulePageHref(filters: ScheduleFilters, page: number): string {
  const q = scheduleFiltersToQuery({ ...filters, page });
  return q ? `/?${q}` : "/";
}

export async function Pagination({ page, pages, beyondLast, filters, pageHref }: Props) {
  const t = await getTranslations("schedule.pagination");
  const href = pageHref ?? ((p: number) => schedulePageHref(filters, p));
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
