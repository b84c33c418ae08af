import { getLocale, getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common");
  const locale = await getLocale();
  return (
    <footer className="site-footer">
      <p>{t("footer.timesNote")}</p>
      <p>{t("footer.source")}</p>
      <p>
        <a href={`/${locale}/developers`}>{t("footer.developers")}</a>
      </p>
    </footer>
  );
}
