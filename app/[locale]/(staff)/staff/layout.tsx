import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getStaffUser } from "@/lib/auth/session";
import { signOutAction } from "../../sign-out/actions";
import { StaffNavLink } from "./_components/staff-nav-link";
import styles from "./staff.module.css";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

/** Reads the session on every request: never served from the page cache. */
export const dynamic = "force-dynamic";

/** Staff pages are never indexed. */
export const metadata: Metadata = { robots: { index: false, follow: false, nocache: true } };

/**
 * The staff area's navigation. Not the security check: layouts render in parallel with pages,
 * so every page and action checks the session itself (requireEditorPage, staffAction).
 */
export default async function StaffLayout({ children, params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getStaffUser();
  const t = await getTranslations("staff");
  // The staff navigation and forms are client components with translated messages and locale-aware links.
  return (
    <NextIntlClientProvider>
      {user && (
        <div className={styles.bar}>
          <nav aria-label={t("nav.label")} className={styles.nav}>
            <ul>
              <li>
                <StaffNavLink href="/staff" sections={["/staff/events"]}>
                  {t("nav.events")}
                </StaffNavLink>
              </li>
              <li>
                <StaffNavLink href="/staff/history" sections={["/staff/history"]}>{t("nav.history")}</StaffNavLink>
              </li>
              <li>
                <StaffNavLink href="/staff/import" sections={["/staff/import"]}>{t("nav.import")}</StaffNavLink>
              </li>
              {user.role === "admin" && (
                <li>
                  <StaffNavLink href="/staff/users">{t("nav.users")}</StaffNavLink>
                </li>
              )}
              {user.role === "admin" && (
                <li>
                  <StaffNavLink href="/staff/countries">{t("nav.countries")}</StaffNavLink>
                </li>
              )}
              <li>
                <StaffNavLink href="/staff/account">{t("nav.account")}</StaffNavLink>
              </li>
              <li>
                <form action={signOutAction} className={styles.signOut}>
                  <button type="submit" className="secondary">
                    {t("nav.signOut")}
                  </button>
                </form>
              </li>
            </ul>
          </nav>
          <p className={styles.who}>{t("signedInAs", { name: user.name || user.email, role: t(`roles.${user.role}`) })}</p>
        </div>
      )}
      {children}
    </NextIntlClientProvider>
  );
}
