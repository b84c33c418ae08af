import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";

/**
 * Downloads of the view on screen: CSV for Excel, JSON, and its iCalendar feed, all with the
 * view's own filters (app/export/[file]/route.ts). Plain links: no client JavaScript.
 */
export async function ExportLinks({ locale, query }: { locale: AppLocale; query: string }) {
  const t = await getTranslations("developers.exports");
  const href = (file: string) => `/export/events.${file}?${query ? `${query}&` : ""}lang=${locale}`;
  return (
    <p className="export-links">
      {t("label")} <a href={href("csv")} rel="nofollow" download>{t("csv")}</a> · <a href={href("json")} rel="nofollow">{t("json")}</a> · <a href={href("ics")} rel="nofollow">{t("ics")}</a>
      <span className="hint"> — {t("hint")}</span>
    </p>
  );
}
