import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireEditorPage } from "@/lib/auth/session";
import { ChangePasswordForm } from "./_components/change-password-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.account" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function AccountPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  // The one staff page open to a user who must first choose their own password: they do it here.
  const user = await requireEditorPage(locale, `/${locale}/staff/account`, { allowWhilePasswordChangeRequired: true });
  const t = await getTranslations("auth.account");
  const staff = await getTranslations("staff");
  return (
    <>
      <h1>{t("title")}</h1>
      {user.mustChangePassword && (
        <p className="notice notice--warning" role="status">
          {t("mustChange")}
        </p>
      )}
      <section aria-labelledby="account-details">
        <h2 id="account-details">{t("details")}</h2>
        <dl>
          <dt>{t("email")}</dt>
          <dd>{user.email}</dd>
          <dt>{t("name")}</dt>
          <dd>{user.name || "—"}</dd>
          <dt>{t("role")}</dt>
          <dd>{staff(`roles.${user.role}`)}</dd>
        </dl>
      </section>
      <section aria-labelledby="change-password">
        <h2 id="change-password">{t("changePassword")}</h2>
        <ChangePasswordForm />
      </section>
    </>
  );
}
