import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader() {
  const t = await getTranslations("common");
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="site-title">
          <Link href="/">{t("siteTitle")}</Link>
          <span className="site-subtitle">{t("siteSubtitle")}</span>
        </p>
        <nav aria-label={t("nav.label")} className="site-nav">
          <ul>
            <li>
              <Link href="/">{t("nav.schedule")}</Link>
            </li>
            <li>
              <Link href="/youth-program">{t("nav.youthProgram")}</Link>
            </li>
            <li>
              <Link href="/feeds">{t("nav.feeds")}</Link>
            </li>
            <li>
              <Link href="/staff" rel="nofollow">
                {t("nav.staff")}
              </Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitcher label={t("language.switchTo")} ariaLabel={t("language.switchToLabel")} />
      </div>
    </header>
  );
}
