import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { readDataVersion } from "@/db/data-version";
import type { PublicEvent } from "@/db/queries/public-events";
import { LocaleLink } from "../../_components/locale-link";
import { localizedField } from "@/i18n/localized";
import type { AppLocale } from "@/i18n/routing";
import { publicBaseUrl } from "@/lib/env";
import { groupByMonth } from "@/lib/events/group-by-month";
import { EVENT_KIND_LABELS } from "@/lib/events/kinds";
import { sectorLabel } from "@/lib/events/sectors";
import { eventDateFromRow } from "@/lib/time/date-precision";
import { formatDate, formatEventDate, formatMonth } from "@/lib/time/format";
import { instantToLocal } from "@/lib/time/wall-clock";
import { EventBadges } from "./event-badges";
import { EventPlace } from "./event-place";
import { QrCode } from "./qr-code";

/** An event as an agenda prints it: date, title, place, sector and type, markers, and its address as text. */
async function AgendaEvent({ event, locale, children }: { event: PublicEvent; locale: AppLocale; children?: React.ReactNode }) {
  const t = await getTranslations("views.agenda");
  const title = localizedField(event, "title", locale);
  const url = `${publicBaseUrl()}/${locale}/events/${event.slug}`;
  return (
    <li className={`agenda-event${event.status === "cancelled" ? " event-row--cancelled" : ""}`}>
      <p className="agenda-event__date">{formatEventDate(eventDateFromRow(event), locale)}</p>
      <div>
        <h3 className="event-row__title">
          <LocaleLink href={`/events/${event.slug}`} lang={title.lang === locale ? undefined : title.lang}>
            {title.text}
          </LocaleLink>
        </h3>
        <p className="event-row__meta">
          <EventPlace event={event} locale={locale} />
          <span aria-hidden="true"> · </span>
          {sectorLabel(event.sector, locale)}
          <span aria-hidden="true"> · </span>
          {EVENT_KIND_LABELS[event.kind][locale]}
        </p>
        <EventBadges event={event} />
        <p className="agenda-event__url">{t("eventUrl", { url })}</p>
        {children}
      </div>
    </li>
  );
}

type AgendaProps = {
  locale: AppLocale;
  title: string;
  back: { href: string; label: string };
  /** The feed of the same events, printed with its QR code. */
  feedUrl: string;
  /** Events by month, or a program's phases each with its items. */
  events: PublicEvent[] | { phase: PublicEvent; items: PublicEvent[] }[];
};

/**
 * A printable agenda (of a country, or of a program): every event on one page, on A4 without the
 * site's navigation, each with its address as text, the feed's address and QR code, and the date
 * of the data it shows.
 */
export async function Agenda({ locale, title, back, feedUrl, events }: AgendaProps) {
  const t = await getTranslations("views.agenda");
  const tShare = await getTranslations("views.share");
  const { changedAt } = readDataVersion(getDb());
  const asOf = instantToLocal(changedAt, "UTC");
  return (
    <article className="agenda">
      <p className="back-link">
        <LocaleLink href={back.href}>← {back.label}</LocaleLink>
      </p>
      <h1>{title}</h1>
      <p className="lead">
        {t("intro")} <span className="screen-only">{t("printButtonHint")}</span>
      </p>
      <p>{t("generated", { date: `${formatDate(asOf.date, locale)} ${asOf.time}` })}</p>
      <div className="agenda-feed">
        <p className="url">{t("feed", { url: feedUrl })}</p>
        <QrCode value={feedUrl} label={tShare("qr", { url: feedUrl })} />
      </div>
      {events.length === 0 && <p>{t("empty")}</p>}
      {"phase" in (events[0] ?? {}) ? (
        <ol className="agenda-list">
          {(events as { phase: PublicEvent; items: PublicEvent[] }[]).map(({ phase, items }) => (
            <AgendaEvent key={phase.id} event={phase} locale={locale}>
              {items.length > 0 && (
                <ol className="agenda-list agenda-list--items">
                  {items.map((item) => (
                    <AgendaEvent key={item.id} event={item} locale={locale} />
                  ))}
                </ol>
              )}
            </AgendaEvent>
          ))}
        </ol>
      ) : (
        groupByMonth(events as PublicEvent[]).map(({ month, events: inMonth }) => (
          <section key={month} aria-labelledby={`agenda-${month}`} className="agenda-month">
            <h2 id={`agenda-${month}`}>{formatMonth(month, locale)}</h2>
            <ol className="agenda-list">
              {inMonth.map((event) => (
                <AgendaEvent key={event.id} event={event} locale={locale} />
              ))}
            </ol>
          </section>
        ))
      )}
    </article>
  );
}
