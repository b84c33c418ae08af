import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { getCountryFacts } from "@/db/queries/country-facts";
import { countFeedEvents } from "@/db/queries/feed-counts";
import { listScheduleEvents } from "@/db/queries/public-events";
import type { CountryFacts } from "@/db/schema";
import { LocaleLink } from "../../../_components/locale-link";
import { localizedField } from "@/i18n/localized";
import { pageLocale } from "@/i18n/page-locale";
import type { AppLocale } from "@/i18n/routing";
import { publicBaseUrl } from "@/lib/env";
import { countryName, isCountryCode } from "@/lib/events/countries";
import { countryFromPageSegment, countryPagePath } from "@/lib/events/country-pages";
import { scheduleFiltersToQuery } from "@/lib/events/schedule-filters";
import { EventRow } from "../../_components/event-row";
import { ExportLinks } from "../../_components/export-links";
import { FeedCard } from "../../feeds/_components/feed-card";
import feedStyles from "../../feeds/feeds.module.css";
import { previewImagePath } from "@/lib/previews/preview-paths";
import { pageMetadata } from "../../_lib/page-metadata";

type Props = { params: Promise<{ locale: string; code: string }> };

/** Rendered on first request, then served from the page cache until the data changes (docs/CACHING.md). */
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** The country of the address; an upper-case code moves to its lower-case address for good. */
async function pageCountry(params: Props["params"], locale: AppLocale) {
  const { code: segment } = await params;
  const code = countryFromPageSegment(segment);
  if (code) return code;
  if (isCountryCode(segment.toUpperCase())) permanentRedirect(`/${locale}${countryPagePath(segment)}`);
  notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const code = countryFromPageSegment((await params).code);
  if (!code) return {};
  const t = await getTranslations({ locale, namespace: "countries" });
  return pageMetadata({
    locale,
    path: countryPagePath(code),
    title: countryName(code, locale),
    description: t("events", { country: countryName(code, locale) }),
    image: previewImagePath(locale, { kind: "country", code }),
  });
}

type FactField = "population" | "area" | "gdp" | "gdpPerHead" | "leader";

/** A figure as the page's language gives it; the area with the briefing's comparison ("5,770 km² (about the same as Mie Prefecture)"). */
function figureText(facts: CountryFacts, field: FactField, locale: AppLocale) {
  const value = localizedField(facts, field, locale);
  const comparison = localizedField(facts, "comparison", locale);
  if (field !== "area" || !comparison.text) return value;
  return { ...value, text: locale === "ja" ? `${value.text}（${comparison.text}）` : `${value.text} (${comparison.text})` };
}

/** A figure; on the English page the briefing's own wording follows it. */
function Figure({ facts, field, locale, asWritten }: { facts: CountryFacts; field: FactField; locale: AppLocale; asWritten: (text: string) => string }) {
  const value = figureText(facts, field, locale);
  const original = figureText(facts, field, "ja");
  return (
    <>
      <span lang={value.lang === locale ? undefined : value.lang}>{value.text}</span>
      {locale === "en" && value.lang === "en" && original.lang === "ja" && (
        <span className="hint" lang="ja">
          {" "}({asWritten(original.text)})
        </span>
      )}
    </>
  );
}

const FIGURES: FactField[] = ["population", "area", "gdp", "gdpPerHead", "leader"];

/** A host country: the briefing's facts as it gives them, the events held there, and their feed. */
export default async function CountryPage({ params }: Props) {
  const locale = await pageLocale(params);
  const code = await pageCountry(params, locale);
  const t = await getTranslations("countries");
  const name = countryName(code, locale);
  const facts = getCountryFacts(code);
  const given = facts ? FIGURES.filter((f) => `${facts[`${f}Ja`]}${facts[`${f}En`]}`.trim() !== "") : [];
  const note = facts ? localizedField(facts, "note", locale) : null;
  const source = facts ? localizedField(facts, "source", locale) : null;
  const { rows, total } = listScheduleEvents({ country: code });
  const feedCount = countFeedEvents().countries.get(code) ?? 0;
  const asWritten = (text: string) => t("asWritten", { text });
  const tAgenda = await getTranslations("views.agenda");

  return (
    <article className="event-detail">
      <p>
        <LocaleLink href="/countries">← {t("backToCountries")}</LocaleLink>
      </p>
      <h1>{name}</h1>
      <p className="screen-only">
        <LocaleLink href={`${countryPagePath(code)}/agenda`}>{tAgenda("link")}</LocaleLink>
      </p>
      <section aria-labelledby="facts">
        <h2 id="facts">{t("facts")}</h2>
        {!facts || given.length === 0 ? (
          <p>{t("noFacts", { country: name })}</p>
        ) : (
          <dl>
            {given.map((field) => (
              <Fragment key={field}>
                <dt>{t(field)}</dt>
                <dd>
                  <Figure facts={facts} field={field} locale={locale} asWritten={asWritten} />
                </dd>
              </Fragment>
            ))}
            <dt>{t("year")}</dt>
            <dd>{facts.statsYear ?? t("noYear")}</dd>
            {note?.text && (
              <>
                <dt>{t("note")}</dt>
                <dd className="prewrap" lang={note.lang === locale ? undefined : note.lang}>
                  {note.text}
                </dd>
              </>
            )}
            {source?.text && (
              <>
                <dt>{t("source")}</dt>
                <dd className="prewrap" lang={source.lang === locale ? undefined : source.lang}>
                  {source.text}
                </dd>
              </>
            )}
          </dl>
        )}
      </section>

      <section aria-labelledby="events">
        <h2 id="events">{t("events", { country: name })}</h2>
        <p className="results-count">{t("eventsCount", { count: total })}</p>
        <ExportLinks locale={locale} query={scheduleFiltersToQuery({ country: code })} />
        <ol className="event-list">
          {rows.map((e) => (
            <EventRow key={e.id} event={e} locale={locale} />
          ))}
        </ol>
        {total > rows.length && (
          <p>
            <LocaleLink href={`/?${scheduleFiltersToQuery({ country: code })}`}>{t("allEvents", { count: total })}</LocaleLink>
          </p>
        )}
      </section>

      <section aria-labelledby="feed">
        <h2 id="feed">{t("feed")}</h2>
        <p>
          {t("feedIntro", { country: name })} <LocaleLink href="/feeds">{t("feedsPage")}</LocaleLink>
        </p>
        <ul className={feedStyles.list}>
          <FeedCard selection={{ kind: "country", country: code }} lang={locale} baseUrl={publicBaseUrl()} count={feedCount} />
        </ul>
      </section>
    </article>
  );
}
