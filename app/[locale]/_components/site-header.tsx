import { getTranslations } from "next-intl/server";
import { LocaleLink } from "./locale-link";
import { LanguageSwitcher } from "./language-switcher";

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
              <LocaleLink href="/">{t("nav.schedule")}</LocaleLink>
            </li>
            <li>
              <LocaleLink href="/youth-program">{t("nav.youthProgram")}</LocaleLink>
            </li>
            <li>
              <LocaleLink href="/feeds">{t("nav.feeds")}</LocaleLink>
            </li>
            <li>
              <LocaleLink href="/changes">{t("nav.changes")}</LocaleLink>
            </li>
            <li>
              <LocaleLink href="/staff" rel="nofollow">
                {t("nav.staff")}
              </LocaleLink>
            </li>
          </ul>
        </nav>
        <LanguageSwitcher label={t("language.switchTo")} ariaLabel={t("language.switchToLabel")} />
      </div>
    </header>
  );
}
