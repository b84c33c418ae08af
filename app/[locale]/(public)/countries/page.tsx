import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "../../_components/locale-link";
import { pageLocale } from "@/i18n/page-locale";
import { COUNTRIES } from "@/lib/events/countries";
import { countryPagePath } from "@/lib/events/country-pages";
import { previewImagePath } from "@/lib/previews/preview-paths";
import { pageMetadata } from "../_lib/page-metadata";

type Props = { params: Promise<{ locale: string }> };

/** Rendered on first request, then served from the page cache until the data changes (docs/CACHING.md). */
export const revalidate = 60;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "countries" });
  return pageMetadata({ locale, path: "/countries", title: t("indexTitle"), description: t("indexIntro"), image: previewImagePath(locale, { kind: "page", page: "countries" }) });
}

/** Every host country with a page: the ASEAN members, then Japan and Korea. */
export default async function CountriesPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("countries");
  const groups = [
    { id: "asean", title: t("aseanMembers"), countries: COUNTRIES.filter((c) => c.isAsean) },
    { id: "others", title: t("otherCountries"), countries: COUNTRIES.filter((c) => !c.isAsean) },
  ];
  return (
    <article>
      <h1>{t("indexTitle")}</h1>
      <p className="lead">{t("indexIntro")}</p>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`countries-${group.id}`}>
          <h2 id={`countries-${group.id}`}>{group.title}</h2>
          <ul>
            {group.countries.map((c) => (
              <li key={c.code}>
                <LocaleLink href={countryPagePath(c.code)}>{locale === "ja" ? c.nameJa : c.nameEn}</LocaleLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
