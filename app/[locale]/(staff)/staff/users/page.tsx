import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listUsers } from "@/db/queries/users";
import { requireAdminPage } from "@/lib/auth/session";
import { CreateUserForm } from "./_components/create-user-form";
import { UserRowActions } from "./_components/user-row-actions";
import styles from "./users.module.css";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "users" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function UsersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const me = await requireAdminPage(locale, `/${locale}/staff/users`);
  const t = await getTranslations("users");
  const roles = await getTranslations("staff.roles");
  const users = listUsers();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <table className={styles.table}>
        <caption>{t("list.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("list.email")}</th>
            <th scope="col">{t("list.name")}</th>
            <th scope="col">{t("list.role")}</th>
            <th scope="col">{t("list.status")}</th>
            <th scope="col">{t("list.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                {user.email} {user.id === me.id && t("list.you")}
              </th>
              <td data-label={t("list.name")}>{user.name || "—"}</td>
              <td data-label={t("list.role")}>{roles(user.role)}</td>
              <td data-label={t("list.status")} className={user.disabled ? styles.disabled : undefined}>
                {user.disabled ? t("list.disabled") : t("list.active")}
              </td>
              <td>
                <UserRowActions user={user} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="add-user">
        <h2 id="add-user">{t("create.title")}</h2>
        <CreateUserForm />
      </section>
    </>
  );
}
