import { getTranslations } from "next-intl/server";
import { LocaleLink } from "../../_components/locale-link";
import type { ScheduleViewKind } from "@/lib/events/schedule-views";

/**
 * List, month or year: the same filtered schedule seen three ways. Each link carries the filters
 * in force (lib/events/schedule-views.ts); the current view is marked for assistive technology.
 */
export async function ViewSwitch({ current, hrefs }: { current: ScheduleViewKind; hrefs: Record<ScheduleViewKind, string> }) {
  const t = await getTranslations("views.switch");
  return (
    <nav className="view-switch" aria-label={t("label")}>
      <ul>
        {(Object.keys(hrefs) as ScheduleViewKind[]).map((view) => (
          <li key={view}>
            <LocaleLink href={hrefs[view]} aria-current={view === current ? "page" : undefined}>
              {t(view)}
            </LocaleLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
