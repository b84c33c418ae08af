import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getProgramById } from "@/db/queries/programs";
import { eventPublicChanges } from "@/db/queries/public-changes";
import { getPublicEventById, listPublicChildren, type PublicEvent } from "@/db/queries/public-events";
import { LocaleLink } from "../../../../_components/locale-link";
import type { AppLocale } from "@/i18n/routing";
import { publicBaseUrl } from "@/lib/env";
import { eventPagePath } from "@/lib/events/schedule-view-path";
import { knownPlaceParts } from "@/lib/events/hosts";
import { EVENT_KIND_LABELS } from "@/lib/events/kinds";
import { sectorLabel } from "@/lib/events/sectors";
import { localized, localizedField } from "@/i18n/localized";
import { eventDateFromRow } from "@/lib/time/date-precision";
import { eventTimeRange } from "@/lib/time/event-time";
import { utcOffsetLabel } from "@/lib/time/zones";
import { formatEventDate } from "@/lib/time/format";
import { previewImagePath } from "@/lib/previews/preview-paths";
import { eventJsonLd, jsonLdScriptText } from "@/lib/structured-data/event-json-ld";
import { previousPublicStarts } from "@/lib/structured-data/previous-starts";
import { EventBadges } from "../../../_components/event-badges";
import { EventPlace } from "../../../_components/event-place";
import { EventRow } from "../../../_components/event-row";
import { ShareLink } from "../../../_components/share-link";
import { BackToSchedule } from "./back-to-schedule";
import { CalendarActions } from "./calendar-actions";
import { EventChanges } from "./event-changes";
import { ReaderTime } from "./reader-time";

/** The changes an event page reads (the latest), and how many of them it lists. */
const HISTORY_READ = 200;
const HISTORY_SHOWN = 10;

type Props = {
  event: PublicEvent;
  locale: AppLocale;
  /** The schedule view the reader came from (lib/events/schedule-view-path.ts). */
  from: string;
  /**
   * A staff preview of an event that may not be public (staff/events/[id]/preview): the page's
   * content only, without the way back, the public changelog and the calendar links, which
   * would lead to pages and feeds that do not hold the event yet. The caller says what it is.
   */
  preview?: boolean;
};

/** An event's public page: the event page and the staff preview of it show the same content. */
export async function EventDetail({ event, locale, from, preview = false }: Props) {
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
  const cancelReason = localized(event.cancelReason, event.cancelReasonEn, locale);
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
  // Its public history, read once: the page lists the latest, the structured data takes the moves from all.
  const changes = preview ? [] : eventPublicChanges(getDb(), event.id, HISTORY_READ);
  // Structured data for search engines (schema.org Event), for public pages only.
  const jsonLd = preview
    ? null
    : eventJsonLd(event, {
        locale,
        baseUrl: publicBaseUrl(),
        image: `${publicBaseUrl()}${previewImagePath(locale, { kind: "event", slug: event.slug })}`,
        parent,
        program: program && { ...program, url: `${publicBaseUrl()}/${locale}/youth-program` },
        previousStarts: previousPublicStarts(changes.map((e) => e.change), event),
      });

  return (
    <article className="event-detail">
      {/* Data, not script: the page's hash policy covers it. */}
      {jsonLd && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScriptText(jsonLd) }} />}
      {!preview && <BackToSchedule from={from} />}
      <h1 lang={title.lang === locale ? undefined : title.lang}>{title.text}</h1>
      {otherTitle.lang === other && otherTitle.text !== title.text && (
        <p className="other-language" lang={other}>
          {otherTitle.text}
        </p>
      )}
      {event.status === "cancelled" && (
        <div className="cancelled-banner" role="note">
          <p>{t("cancelled")}</p>
          {cancelReason.text && (
            <p>{t.rich("cancelReason", { reason: cancelReason.text, text: (chunks) => <span lang={cancelReason.lang === locale ? undefined : cancelReason.lang}>{chunks}</span> })}</p>
          )}
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
            <ReaderTime startAt={time.startAt.toISOString()} endAt={time.endAt.toISOString()} venueZone={time.timeZone} locale={locale} label={t.raw("yourTime") as string} />
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

      {!preview && <EventChanges entries={changes.slice(0, HISTORY_SHOWN)} locale={locale} />}

      {preview ? null : monthOnly ? (
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
      {!preview && <ShareLink url={pageUrl} qr />}
    </article>
  );
}
