import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink } from "../_components/locale-link";
import { getStaffUser } from "@/lib/auth/session";
import { signOutAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

/** Reads the session on every request: never served from the page cache. */
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.signOut" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** A confirmation page: signing out is a POST, so a link or prefetch cannot sign anyone out. */
export default async function SignOutPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth.signOut");
  const user = await getStaffUser();
  return (
    <div className="auth-page">
      <h1>{t("title")}</h1>
      {user ? (
        <form action={signOutAction}>
          <p>{t("confirm")}</p>
          <p>
            <button type="submit">{t("submit")}</button>
          </p>
        </form>
      ) : (
        <p>
          {t("notSignedIn")} <LocaleLink href="/sign-in">{t("toSignIn")}</LocaleLink>
        </p>
      )}
    </div>
  );
}
