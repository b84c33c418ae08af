import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { countFeedEvents } from "@/db/queries/feed-counts";
import { LocaleLink } from "../../_components/locale-link";
import { pageLocale } from "@/i18n/page-locale";
import { changesFeedAlternate } from "@/lib/changes/changes-atom";
import { publicBaseUrl } from "@/lib/env";
import { COUNTRIES } from "@/lib/events/countries";
import { SECTORS } from "@/lib/events/sectors";
import type { CollectionSelection } from "@/lib/feeds/feed-selection";
import { DELETED_EVENT_RETENTION_DAYS } from "@/lib/feeds/retention";
import { previewImagePath } from "@/lib/previews/preview-paths";
import { pageMetadata } from "../_lib/page-metadata";
import { FeedCard } from "./_components/feed-card";
import { FeedChanges } from "./_components/feed-changes";
import styles from "./feeds.module.css";

type Props = { params: Promise<{ locale: string }> };

/** Rendered on first request, then served from the page cache until the data changes (docs/CACHING.md). */
export const revalidate = 60;

const CLIENTS = ["google", "apple", "outlook", "thunderbird", "cli"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "feeds" });
  return pageMetadata({
    locale,
    path: "/feeds",
    title: t("title"),
    description: t("intro"),
    image: previewImagePath(locale, { kind: "page", page: "feeds" }),
    types: changesFeedAlternate({}, locale),
  });
}

export default async function FeedsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("feeds");
  const counts = countFeedEvents();
  const baseUrl = publicBaseUrl();
  const groups: { id: string; feeds: { selection: CollectionSelection; count: number }[] }[] = [
    {
      id: "main",
      feeds: [
        { selection: { kind: "all" }, count: counts.all },
        { selection: { kind: "special" }, count: counts.special },
        { selection: { kind: "youth" }, count: counts.youth },
      ],
    },
    {
      id: "sectors",
      feeds: SECTORS.filter((s) => counts.sectors.has(s)).map((sector) => ({ selection: { kind: "sector", sector }, count: counts.sectors.get(sector)! })),
    },
    {
      id: "countries",
      feeds: COUNTRIES.filter((c) => counts.countries.has(c.code)).map((c) => ({ selection: { kind: "country", country: c.code }, count: counts.countries.get(c.code)! })),
    },
  ];

  return (
    <article>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <section className="notice" aria-labelledby="subscribe-vs-download">
        <h2 id="subscribe-vs-download">{t("subscribeVsDownload.heading")}</h2>
        <p>{t("subscribeVsDownload.body")}</p>
      </section>
      <p>{t("languageNote")}</p>

      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`group-${group.id}`}>
          <h2 id={`group-${group.id}`}>{t(`groups.${group.id}` as "groups.main")}</h2>
          <ul className={styles.list}>
            {group.feeds.map(({ selection, count }) => (
              <FeedCard key={JSON.stringify(selection)} selection={selection} lang={locale} baseUrl={baseUrl} count={count}>
                <FeedChanges selection={selection} locale={locale} />
              </FeedCard>
            ))}
          </ul>
        </section>
      ))}

      <section aria-labelledby="group-custom">
        <h2 id="group-custom">{t("groups.custom")}</h2>
        <p>{t("customBody")}</p>
        <p>
          <LocaleLink href="/">{t("openSchedule")}</LocaleLink>
        </p>
      </section>
      <section aria-labelledby="group-single">
        <h2 id="group-single">{t("groups.single")}</h2>
        <p>{t("singleBody")}</p>
      </section>

      <section aria-labelledby="clients">
        <h2 id="clients">{t("clients.heading")}</h2>
        <p>{t("clients.note")}</p>
        <dl className={styles.clients}>
          {CLIENTS.map((client) => (
            <div key={client}>
              <dt>{t(`clients.${client}.name`)}</dt>
              <dd>
                <p>{t(`clients.${client}.steps`)}</p>
                <p>{t(`clients.${client}.refresh`)}</p>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="details">
        <h2 id="details">{t("details.heading")}</h2>
        <p>{t("details.times")}</p>
        <p>{t("details.monthOnly")}</p>
        <p>{t("details.planned")}</p>
        <p>{t("details.itinerary")}</p>
        <p>{t("details.notes")}</p>
        <p>{t("details.cancelled", { days: DELETED_EVENT_RETENTION_DAYS })}</p>
        <p>{t("details.updates")}</p>
      </section>
    </article>
  );
}
