import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getUserById } from "@/db/queries/users";
import { Link } from "@/i18n/navigation";
import { requireAdminPage } from "@/lib/auth/session";
import { UserActions } from "../_components/user-actions";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "users" });
  return { title: t("user.pageTitle") };
}

/** One account and what an admin can do with it: role, enable or disable (confirmed first), a new password. */
export default async function UserPage({ params }: Props) {
  const { locale, id: rawId } = await params;
  setRequestLocale(locale);
  const me = await requireAdminPage(locale, `/${locale}/staff/users/${rawId}`);
  const user = /^[1-9]\d{0,15}$/.test(rawId) ? getUserById(Number(rawId)) : undefined;
  if (!user) notFound();
  const t = await getTranslations("users");
  const roles = await getTranslations("staff.roles");
  return (
    <>
      <p>
        <Link href="/staff/users">← {t("backToList")}</Link>
      </p>
      <h1>
        {user.email} {user.id === me.id && t("list.you")}
      </h1>
      <p className="lead">
        {user.name || "—"} — {roles(user.role)} — {user.disabled ? t("list.disabled") : t("list.active")}
        {user.mustChangePassword && ` — ${t("list.mustChangePassword")}`}
      </p>
      <UserActions user={{ id: user.id, email: user.email, role: user.role, disabled: user.disabled }} own={user.id === me.id} />
    </>
  );
}
