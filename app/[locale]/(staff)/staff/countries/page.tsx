import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listCountriesWithFacts } from "@/db/queries/country-facts";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { requireAdminPage } from "@/lib/auth/session";
import { formatStamp } from "../events/_lib/stamp";
import styles from "../events/_components/editor.module.css";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "countries.staff" });
  return { title: t("title") };
}

/** Admins: every host country, with a link to edit the facts its public page shows. */
export default async function StaffCountriesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdminPage(locale, `/${locale}/staff/countries`);
  const t = await getTranslations("countries.staff");
  const rows = listCountriesWithFacts();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <ul>
        {rows.map(({ country, facts }) => {
          const name = locale === "ja" ? country.nameJa : country.nameEn;
          return (
            <li key={country.code}>
              <Link href={`/staff/countries/${country.code.toLowerCase()}/edit`} aria-label={t("editLabel", { country: name })}>
                {name}
              </Link>{" "}
              <span className={styles.meta}>
                {facts ? t("lastChange", { version: facts.version, when: formatStamp(facts.updatedAt) }) : t("noFacts")}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
