import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getStaffUser } from "@/lib/auth/session";
import { staffSectionsFor } from "@/lib/auth/staff-sections";
import { signOutAction } from "../../sign-out/actions";
import { StaffNavLink } from "./_components/staff-nav-link";
import { StaffSessionBar, StaffSessionProvider } from "./_components/staff-session";
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
      <StaffSessionProvider>
        {user && (
          <div className={styles.bar}>
            <StaffSessionBar>
              <nav aria-label={t("nav.label")} className={styles.nav}>
                <ul>
                  {staffSectionsFor(user).map((section) => (
                    <li key={section.key}>
                      <StaffNavLink href={section.path} sections={[...section.also]}>
                        {t(`nav.${section.key}`)}
                      </StaffNavLink>
                    </li>
                  ))}
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
            </StaffSessionBar>
          </div>
        )}
        {children}
      </StaffSessionProvider>
    </NextIntlClientProvider>
  );
}
