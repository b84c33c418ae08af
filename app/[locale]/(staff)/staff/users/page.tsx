import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listUsers } from "@/db/queries/users";
import { Link } from "@/i18n/navigation";
import { requireAdminPage } from "@/lib/auth/session";
import { formatStamp } from "../events/_lib/stamp";
import { CreateUserForm } from "./_components/create-user-form";
import styles from "./users.module.css";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "users" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The staff accounts: adding one first, then a searchable list; each account's actions are on its own page. */
export default async function UsersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const me = await requireAdminPage(locale, `/${locale}/staff/users`);
  const t = await getTranslations("users");
  const roles = await getTranslations("staff.roles");
  const q = ((await searchParams).q ?? "").slice(0, 200);
  const users = listUsers({ q });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <section aria-labelledby="add-user">
        <h2 id="add-user">{t("create.title")}</h2>
        <CreateUserForm />
      </section>
      <h2>{t("list.caption")}</h2>
      <form method="get" className="filters" role="search">
        <div className="field">
          <label htmlFor="users-q">{t("list.search")}</label>
          <input id="users-q" name="q" type="search" defaultValue={q} autoComplete="off" />
        </div>
        <div className="filters__actions">
          <button type="submit">{t("list.searchSubmit")}</button>
        </div>
      </form>
      {users.length === 0 && <p>{t("list.none")}</p>}
      <table className={styles.table}>
        <caption>{t("list.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("list.email")}</th>
            <th scope="col">{t("list.name")}</th>
            <th scope="col">{t("list.role")}</th>
            <th scope="col">{t("list.status")}</th>
            <th scope="col">{t("list.lastSignIn")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                <Link href={`/staff/users/${user.id}`}>{user.email}</Link> {user.id === me.id && t("list.you")}
              </th>
              <td data-label={t("list.name")}>{user.name || "—"}</td>
              <td data-label={t("list.role")}>{roles(user.role)}</td>
              <td data-label={t("list.status")} className={user.disabled ? styles.disabled : undefined}>
                {user.disabled ? t("list.disabled") : t("list.active")}
                {user.mustChangePassword && <span className={`hint ${styles.mustChange}`}>{t("list.mustChangePassword")}</span>}
              </td>
              <td data-label={t("list.lastSignIn")}>{user.lastSignInAt ? formatStamp(user.lastSignInAt) : t("list.never")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
