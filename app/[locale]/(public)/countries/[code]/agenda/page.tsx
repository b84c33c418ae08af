import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listScheduleEvents } from "@/db/queries/public-events";
import { pageLocale } from "@/i18n/page-locale";
import { publicBaseUrl } from "@/lib/env";
import { countryName } from "@/lib/events/countries";
import { countryFromPageSegment, countryPagePath } from "@/lib/events/country-pages";
import { feedPath } from "@/lib/feeds/feed-selection";
import { previewImagePath } from "@/lib/previews/preview-paths";
import { NotFoundInHtml } from "../../../../_components/not-found-in-html";
import { NotFoundMessage } from "../../../../_components/not-found-message";
import { Agenda } from "../../../_components/agenda";
import { pageMetadata } from "../../../_lib/page-metadata";

type Props = { params: Promise<{ locale: string; code: string }> };

/** Rendered on first request, then served from the page cache until the data changes (docs/CACHING.md). */
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** Every event of a country is on its agenda, however many (it is a page to print, not to page through). */
const ALL = 100_000;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const code = countryFromPageSegment((await params).code);
  if (!code) return {};
  const t = await getTranslations({ locale, namespace: "views.agenda" });
  return pageMetadata({
    locale,
    path: `${countryPagePath(code)}/agenda`,
    title: t("countryTitle", { country: countryName(code, locale) }),
    description: t("intro"),
    image: previewImagePath(locale, { kind: "country", code }),
  });
}

/** A country's printable agenda, reached from its country page. */
export default async function CountryAgendaPage({ params }: Props) {
  const locale = await pageLocale(params);
  const code = countryFromPageSegment((await params).code);
  if (!code) {
    return (
      <NotFoundInHtml>
        <NotFoundMessage />
      </NotFoundInHtml>
    );
  }
  const t = await getTranslations("views.agenda");
  const name = countryName(code, locale);
  return (
    <Agenda
      locale={locale}
      title={t("countryTitle", { country: name })}
      back={{ href: countryPagePath(code), label: t("backToCountry", { country: name }) }}
      feedUrl={`${publicBaseUrl()}${feedPath({ kind: "country", country: code }, locale)}`}
      events={listScheduleEvents({ country: code }, ALL).rows}
    />
  );
}
