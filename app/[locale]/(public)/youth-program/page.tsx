import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { getProgramBySlug } from "@/db/queries/programs";
import { listPublicProgramEvents } from "@/db/queries/public-events";
import { LocaleLink } from "../../_components/locale-link";
import { NotFoundInHtml } from "../../_components/not-found-in-html";
import { NotFoundMessage } from "../../_components/not-found-message";
import { publicBaseUrl } from "@/lib/env";
import { feedName, feedPath } from "@/lib/feeds/feed-selection";
import { YOUTH_PROGRAM_SLUG, itineraryPhases } from "@/lib/events/programs";
import { localizedField } from "@/i18n/localized";
import { eventDateFromRow } from "@/lib/time/date-precision";
import { formatEventDate } from "@/lib/time/format";
import { ExportLinks } from "../_components/export-links";
import { previewImagePath } from "@/lib/previews/preview-paths";
import { pageMetadata } from "../_lib/page-metadata";
import { EventBadges } from "../_components/event-badges";
import { PrintedEventUrl } from "../_components/printed-url";
import { SubscribeChoices } from "../_components/subscribe-choices";
import { SourceNote } from "../_components/source-note";

type Props = { params: Promise<{ locale: string }> };

/** Rendered on first request, then served from the page cache until the data changes (docs/CACHING.md). */
export const revalidate = 60;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const program = getProgramBySlug(YOUTH_PROGRAM_SLUG);
  if (!program) return {};
  return pageMetadata({
    locale,
    path: "/youth-program",
    title: localizedField(program, "name", locale).text,
    description: localizedField(program, "description", locale).text.slice(0, 200),
    image: previewImagePath(locale, { kind: "page", page: "youth-program" }),
  });
}

export default async function YouthProgramPage({ params }: Props) {
  const locale = await pageLocale(params);
  const program = getProgramBySlug(YOUTH_PROGRAM_SLUG);
  if (!program) {
    return (
      <NotFoundInHtml>
        <NotFoundMessage />
      </NotFoundInHtml>
    );
  }
  const t = await getTranslations("program");
  const tFeeds = await getTranslations("feeds");
  const tAgenda = await getTranslations("views.agenda");
  const phases = itineraryPhases(listPublicProgramEvents(program.id));
  const theme = localizedField(program, "theme", locale);
  const note = localizedField(program, "participantsNote", locale);

  return (
    <article>
      <h1>{localizedField(program, "name", locale).text}</h1>
      <p className="screen-only">
        <LocaleLink href="/youth-program/agenda">{tAgenda("link")}</LocaleLink>
      </p>
      <section aria-labelledby="overview">
        <h2 id="overview">{t("overview")}</h2>
        <p className="prewrap">{localizedField(program, "description", locale).text}</p>
      </section>
      <section aria-labelledby="participants">
        <h2 id="participants">{t("participants")}</h2>
        <div className="table-scroll">
          <table>
            <tbody>
              <tr><th scope="row">{t("participantsJapan")}</th><td>{t("people", { count: program.participantsJapan })}</td></tr>
              <tr><th scope="row">{t("participantsAsean")}</th><td>{t("people", { count: program.participantsAsean })}</td></tr>
              <tr><th scope="row">{t("total")}</th><td>{t("people", { count: program.participantsJapan + program.participantsAsean })}</td></tr>
              <tr><th scope="row">{t("nationalLeaders")}</th><td>{t("people", { count: program.nationalLeaders })}</td></tr>
            </tbody>
          </table>
        </div>
        {note.text && <p className="prewrap">{note.text}</p>}
      </section>
      <section aria-labelledby="themes">
        <h2 id="themes">{t("themes")}</h2>
        {theme.text && <p>{theme.text}</p>}
        <ol className="themes">
          {program.themes.map((th) => (
            <li key={th.en}>{locale === "ja" ? th.ja : th.en}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="subscribe-youth">
        <h2 id="subscribe-youth">{tFeeds("youth")}</h2>
        <SubscribeChoices url={`${publicBaseUrl()}${feedPath({ kind: "youth" }, locale)}`} name={feedName({ kind: "youth" }, locale)} />
      </section>
      <section aria-labelledby="itinerary">
        <h2 id="itinerary">{t("itinerary")}</h2>
        <p className="hint">{t("itineraryNote")}</p>
        <ExportLinks locale={locale} query={`program=${YOUTH_PROGRAM_SLUG}`} />
        {phases.map(({ phase, items }) => (
          <section key={phase.id} className="phase" aria-labelledby={`phase-${phase.id}`}>
            <h3 id={`phase-${phase.id}`}>
              <LocaleLink href={`/events/${phase.slug}`}>{localizedField(phase, "title", locale).text}</LocaleLink>
            </h3>
            <p>{formatEventDate(eventDateFromRow(phase), locale)}</p>
            <EventBadges event={phase} />
            <PrintedEventUrl slug={phase.slug} locale={locale} />
            {localizedField(phase, "description", locale).text && <p className="prewrap">{localizedField(phase, "description", locale).text}</p>}
            <SourceNote event={phase} locale={locale} />
            {items.length > 0 && (
              <ul className="day-list">
                {items.map((item) => (
                  <li key={item.id}>
                    <strong>{formatEventDate(eventDateFromRow(item), locale)}</strong>
                    {" — "}
                    <LocaleLink href={`/events/${item.slug}`}>{localizedField(item, "title", locale).text}</LocaleLink>
                    <EventBadges event={item} />
                    <PrintedEventUrl slug={item.slug} locale={locale} />
                    <SourceNote event={item} locale={locale} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </section>
    </article>
  );
}
