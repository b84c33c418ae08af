import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getUserById } from "@/db/queries/users";
import { Link } from "@/i18n/navigation";
import { requireAdminPage } from "@/lib/auth/session";
import { DisableUserForm } from "../../_components/disable-user-form";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "users" });
  return { title: t("disable.pageTitle") };
}

/** The confirmation before disabling an account, saying what it does: a page of its own, so it works without JavaScript. */
export default async function DisableUserPage({ params }: Props) {
  const { locale, id: rawId } = await params;
  setRequestLocale(locale);
  await requireAdminPage(locale, `/${locale}/staff/users/${rawId}/disable`);
  const user = /^[1-9]\d{0,15}$/.test(rawId) ? getUserById(Number(rawId)) : undefined;
  if (!user) notFound();
  const t = await getTranslations("users");
  return (
    <>
      <p>
        <Link href="/staff/users">← {t("backToList")}</Link>
      </p>
      <h1>{t("disable.title", { email: user.email })}</h1>
      <DisableUserForm userId={user.id} email={user.email} name={user.name || user.email} disabled={user.disabled} />
    </>
  );
}
