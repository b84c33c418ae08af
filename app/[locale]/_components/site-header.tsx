import { getTranslations } from "next-intl/server";
import { LocaleLink } from "./locale-link";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";

export async function SiteHeader() {
  const t = await getTranslations("common");
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="site-title">
          <LocaleLink href="/">{t("siteTitle")}</LocaleLink>
          <span className="site-subtitle">{t("siteSubtitle")}</span>
        </p>
        <nav aria-label={t("nav.label")} className="site-nav">
          <ul>
            <li>
              <NavLink href="/">{t("nav.schedule")}</NavLink>
            </li>
            <li>
              <NavLink href="/youth-program">{t("nav.youthProgram")}</NavLink>
            </li>
            <li>
              <NavLink href="/feeds">{t("nav.feeds")}</NavLink>
            </li>
            <li>
              <NavLink href="/changes">{t("nav.changes")}</NavLink>
            </li>
            <li>
              <NavLink href="/staff" rel="nofollow">
                {t("nav.staff")}
              </NavLink>
            </li>
          </ul>
        </nav>
        <LanguageSwitcher label={t("language.switchTo")} ariaLabel={t("language.switchToLabel")} />
      </div>
    </header>
  );
}
