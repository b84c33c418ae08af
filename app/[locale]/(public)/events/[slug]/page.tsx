import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { getProgramById } from "@/db/queries/programs";
import { getPublicEventById, getPublicEventBySlug, getRemovedEventBySlug, listPublicChildren } from "@/db/queries/public-events";
import { LocaleLink } from "../../../_components/locale-link";
import { NotFoundInHtml } from "../../../_components/not-found-in-html";
import { NotFoundMessage } from "../../../_components/not-found-message";
import type { AppLocale } from "@/i18n/routing";
import { publicBaseUrl } from "@/lib/env";
import { eventPagePath, queryFromSegment } from "@/lib/events/schedule-view-path";
import { knownPlaceParts } from "@/lib/events/hosts";
import { EVENT_KIND_LABELS } from "@/lib/events/kinds";
import { sectorLabel } from "@/lib/events/sectors";
import { localized, localizedField } from "@/i18n/localized";
import { eventDateFromRow } from "@/lib/time/date-precision";
import { eventTimeRange } from "@/lib/time/event-time";
import { utcOffsetLabel } from "@/lib/time/zones";
import { formatEventDate } from "@/lib/time/format";
import { listPreviousStarts } from "@/db/queries/event-reschedules";
import { previewImagePath } from "@/lib/previews/preview-paths";
import { eventJsonLd, jsonLdScriptText } from "@/lib/structured-data/event-json-ld";
import { EventBadges } from "../../_components/event-badges";
import { ShareLink } from "../../_components/share-link";
import { pageMetadata } from "../../_lib/page-metadata";
import { EventPlace } from "../../_components/event-place";
import { EventRow } from "../../_components/event-row";
import { BackToSchedule } from "./_components/back-to-schedule";
import { CalendarActions } from "./_components/calendar-actions";
import { EventChanges } from "./_components/event-changes";
import { RemovedEventNotice } from "./_components/removed-event";
import { ViewerTime } from "./_components/viewer-time";

/** `from`: the schedule view the reader came from (from/[from]/page.tsx, lib/events/schedule-view-path.ts). */
type Props = { params: Promise<{ locale: string; slug: string; from?: string }> };

/** Rendered on first request, then served from the page cache until the data changes (docs/CACHING.md). */
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug, from } = await params;
  const event = getPublicEventBySlug(slug);
  if (!event) {
    const removed = getRemovedEventBySlug(slug);
    return removed ? { title: localizedField(removed, "title", locale).text, robots: { index: false, follow: true } } : {};
  }
  return pageMetadata({
    locale,
    path: `/events/${slug}`,
    title: localizedField(event, "title", locale).text,
    description: localizedField(event, "description", locale).text.slice(0, 200),
    image: previewImagePath(locale, { kind: "event", slug }),
    // The page as opened from a schedule view has the event page's own address as its canonical one.
    canonicalPath: from === undefined ? undefined : `/events/${slug}`,
  });
}

export default async function EventPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug, from: fromSegment } = await params;
  const from = fromSegment === undefined ? "" : queryFromSegment(fromSegment);
  const event = getPublicEventBySlug(slug);
  if (!event) {
    // A deleted public event says so (HTTP 200 and noindex: App Router pages cannot answer 410 Gone).
    const removed = getRemovedEventBySlug(slug);
    return removed ? (
      <article className="event-detail">
        <BackToSchedule from={from} />
        <RemovedEventNotice event={removed} locale={locale} />
      </article>
    ) : (
      <NotFoundInHtml>
        <NotFoundMessage />
      </NotFoundInHtml>
    );
  }
  const t = await getTranslations("event");
  const other: AppLocale = locale === "ja" ? "en" : "ja";
  const title = localizedField(event, "title", locale);
  const otherTitle = localizedField(event, "title", other);
  const description = localizedField(event, "description", locale);
  const otherDescription = localizedField(event, "description", other);
  const recurrence = localizedField(event, "recurrence", locale);
  const hostNote = localizedField(event, "hostNote", locale);
  const sourceTitle = localizedField(event, "sourceTitle", locale);
  const sourceTitleJa = event.sourceTitleJa.trim();
  const sourceNote = localizedField(event, "sourceNote", locale);
  const date = eventDateFromRow(event);
  const { time } = date;
  const monthOnly = date.precision === "month";
  // A zone means something only for a timed session or a dated venue in a known country.
  const showZone = !time.allDay || (!monthOnly && event.hostKind === "country");
  const parent = event.parentId ? getPublicEventById(event.parentId) : undefined;
  const children = listPublicChildren(event.id);
  const program = event.programId ? getProgramById(event.programId) : undefined;
  const pageUrl = `${publicBaseUrl()}/${locale}/events/${event.slug}`;
  const place = knownPlaceParts(event, locale).join(", ");
  const jsonLd = eventJsonLd(event, {
    locale,
    baseUrl: publicBaseUrl(),
    image: `${publicBaseUrl()}${previewImagePath(locale, { kind: "event", slug: event.slug })}`,
    parent,
    program: program && { ...program, url: `${publicBaseUrl()}/${locale}/youth-program` },
    previousStarts: listPreviousStarts(event.id, event),
  });

  return (
    <article className="event-detail">
      {/* Structured data for search engines (schema.org Event): data, not script; the page's hash policy covers it. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScriptText(jsonLd) }} />
      <BackToSchedule from={from} />
      <h1 lang={title.lang === locale ? undefined : title.lang}>{title.text}</h1>
      {otherTitle.lang === other && otherTitle.text !== title.text && (
        <p className="other-language" lang={other}>
          {otherTitle.text}
        </p>
      )}
      {event.status === "cancelled" && (
        <div className="cancelled-banner" role="note">
          <p>{t("cancelled")}</p>
          {(event.cancelReason || event.cancelReasonEn) && <p>{t("cancelReason", { reason: localized(event.cancelReason, event.cancelReasonEn, locale).text })}</p>}
        </div>
      )}
      <EventBadges event={event} />
      {sourceNote.text && (
        <aside className="notice source-note" aria-labelledby="source-note">
          <h2 id="source-note">{t("sourceNote")}</h2>
          <p lang={sourceNote.lang === locale ? undefined : sourceNote.lang} className="prewrap">
            {sourceNote.text}
          </p>
        </aside>
      )}
      <dl>
        <dt>{time.allDay ? t("when") : t("whenVenue")}</dt>
        <dd>
          {formatEventDate(date, locale)}
          {monthOnly ? <span className="hint"> — {t("monthOnly")}</span> : time.allDay && <span className="hint"> — {t("allDay")}</span>}
        </dd>
        {!time.allDay && (
          <>
            <dt>{t("inUtc")}</dt>
            <dd>{formatEventDate(date, locale, "UTC")}</dd>
            <ViewerTime startAt={time.startAt.toISOString()} endAt={time.endAt.toISOString()} venueZone={time.timeZone} locale={locale} label={t.raw("yourTime") as string} />
          </>
        )}
        {showZone && (
          <>
            <dt>{t("timeZone")}</dt>
            <dd>
              {time.timeZone} ({utcOffsetLabel(eventTimeRange(time).start, time.timeZone)})
            </dd>
          </>
        )}
        <dt>{t("place")}</dt>
        <dd>
          <EventPlace event={event} locale={locale} linkCountry />
          {hostNote.text && (
            <p className="hint" lang={hostNote.lang === locale ? undefined : hostNote.lang}>
              {t("hostBasis", { basis: hostNote.text })}
            </p>
          )}
        </dd>
        <dt>{t("sector")}</dt>
        <dd>{sectorLabel(event.sector, locale)}</dd>
        <dt>{t("type")}</dt>
        <dd>{EVENT_KIND_LABELS[event.kind][locale]}</dd>
        {recurrence.text && (
          <>
            <dt>{t("recurrence")}</dt>
            <dd lang={recurrence.lang === locale ? undefined : recurrence.lang}>{recurrence.text}</dd>
          </>
        )}
        {program && (
          <>
            <dt>{t("program")}</dt>
            <dd>
              <LocaleLink href="/youth-program">{locale === "ja" ? program.nameJa : program.nameEn}</LocaleLink>
            </dd>
          </>
        )}
        {parent && (
          <>
            <dt>{t("partOf")}</dt>
            <dd>
              <LocaleLink href={eventPagePath(parent.slug, from)}>{localizedField(parent, "title", locale).text}</LocaleLink> ({formatEventDate(eventDateFromRow(parent), locale)})
            </dd>
          </>
        )}
        {sourceTitleJa !== "" || sourceTitle.text ? (
          <>
            <dt>{t("sourceSlide")}</dt>
            <dd>
              {sourceTitleJa && <span lang="ja">「{sourceTitleJa}」</span>}
              {locale === "en" && event.sourceTitleEn.trim() && <> (“{event.sourceTitleEn.trim()}”)</>}
              {!sourceTitleJa && <span lang={sourceTitle.lang === locale ? undefined : sourceTitle.lang}>{sourceTitle.text}</span>}
              <span className="hint"> — {t("sourceDocument")}</span>
            </dd>
          </>
        ) : null}
        {event.sourceUrl && (
          <>
            <dt>{t("source")}</dt>
            <dd>
              <a className="url" href={event.sourceUrl} rel="noopener noreferrer">
                {event.sourceUrl}
              </a>
            </dd>
          </>
        )}
      </dl>

      {description.text && (
        <section aria-labelledby="about">
          <h2 id="about">{t("description")}</h2>
          <p lang={description.lang === locale ? undefined : description.lang} className="prewrap">
            {description.text}
          </p>
          {otherDescription.lang === other && otherDescription.text && otherDescription.text !== description.text && (
            <details>
              <summary>{t("otherLanguage")}</summary>
              <p lang={other} className="prewrap">
                {otherDescription.text}
              </p>
            </details>
          )}
        </section>
      )}

      {children.length > 0 && (
        <section aria-labelledby="parts">
          <h2 id="parts">{t("parts")}</h2>
          <ol className="event-list">
            {children.map((c) => (
              <EventRow key={c.id} event={c} locale={locale} from={from} linkCountry />
            ))}
          </ol>
        </section>
      )}

      <EventChanges eventId={event.id} locale={locale} />

      {monthOnly ? (
        <p className="notice">
          {t("noDaysYet")} <LocaleLink href="/feeds">{t("subscribeFeeds")}</LocaleLink>
        </p>
      ) : (
        <CalendarActions
          slug={event.slug}
          locale={locale}
          cancelled={event.status === "cancelled"}
          event={{ title: title.text, details: `${description.text}\n\n${pageUrl}`.trim(), location: place, time }}
        />
      )}
      <ShareLink url={pageUrl} qr />
    </article>
  );
}
