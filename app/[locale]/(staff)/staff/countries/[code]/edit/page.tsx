import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getCountryFacts } from "@/db/queries/country-facts";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { requireAdminPage } from "@/lib/auth/session";
import { countryName } from "@/lib/events/countries";
import { countryFromPageSegment, countryPagePath } from "@/lib/events/country-pages";
import { COUNTRY_FACTS_FIELDS } from "@/lib/validation/country-facts";
import { formatStamp } from "../../../events/_lib/stamp";
import styles from "../../../events/_components/editor.module.css";
import { CountryFactsForm } from "../../_components/country-facts-form";

type Props = { params: Promise<{ locale: AppLocale; code: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  const t = await getTranslations({ locale, namespace: "countries.staff" });
  const country = countryFromPageSegment(code);
  return { title: country ? t("editTitle", { country: countryName(country, locale) }) : t("title") };
}

/** Admins: the form for one country's facts, with its version for optimistic locking. */
export default async function EditCountryFactsPage({ params, searchParams }: Props) {
  const { locale, code: segment } = await params;
  setRequestLocale(locale);
  await requireAdminPage(locale, `/${locale}/staff/countries/${segment}/edit`);
  const code = countryFromPageSegment(segment);
  const facts = code ? getCountryFacts(code) : undefined;
  if (!code || !facts) notFound();
  const t = await getTranslations("countries.staff");
  const { saved } = await searchParams;
  const values: Record<string, string> = { code, version: String(facts.version) };
  for (const field of COUNTRY_FACTS_FIELDS) values[field] = facts[field] === null ? "" : String(facts[field]);
  return (
    <>
      <p>
        <Link href="/staff/countries">← {t("back")}</Link>
      </p>
      <h1>{t("editTitle", { country: countryName(code, locale) })}</h1>
      {saved && (
        <p className="notice notice--success" role="status">
          {t("saved")}
        </p>
      )}
      <p className={styles.meta}>
        {t("lastChange", { version: facts.version, when: formatStamp(facts.updatedAt) })} — <Link href={countryPagePath(code)}>{t("viewPublic")}</Link>
      </p>
      <CountryFactsForm key={`v${facts.version}`} initial={values} />
    </>
  );
}
