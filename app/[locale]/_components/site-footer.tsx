import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="site-footer">
      <p>{t("footer.timesNote")}</p>
      <p>{t("footer.source")}</p>
    </footer>
  );
}
