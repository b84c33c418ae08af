import { getTranslations } from "next-intl/server";
import { LocaleLink } from "../../_components/locale-link";
import type { AppLocale } from "@/i18n/routing";
import { countryName } from "@/lib/events/countries";
import { EVENT_KIND_LABELS } from "@/lib/events/kinds";
import type { ScheduleFilters } from "@/lib/events/schedule-filters";
import { sectorLabel } from "@/lib/events/sectors";

/** Which filters the view below is showing, in words (on screen and on paper), and how to clear them (`clearHref`: the same view unfiltered). */
export async function FiltersInForce({ filters, locale, clearHref = "/" }: { filters: ScheduleFilters; locale: AppLocale; clearHref?: string }) {
  const t = await getTranslations("schedule.filters");
  const parts = [
    filters.q && t("inForce.q", { q: filters.q }),
    filters.sector && t("inForce.named", { filter: t("sector"), value: sectorLabel(filters.sector, locale) }),
    filters.country && t("inForce.named", { filter: t("country"), value: countryName(filters.country, locale) }),
    filters.type && t("inForce.named", { filter: t("type"), value: EVENT_KIND_LABELS[filters.type][locale] }),
    filters.special && t("inForce.special"),
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return null;
  return (
    <p className="filters-in-force">
      {t("inForce.label", { filters: parts.join(t("inForce.separator")) })}{" "}
      <LocaleLink href={clearHref} className="screen-only">
        {t("reset")}
      </LocaleLink>
    </p>
  );
}
