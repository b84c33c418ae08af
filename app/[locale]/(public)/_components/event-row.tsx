import { getTranslations } from "next-intl/server";
import type { PublicEvent } from "@/db/queries/public-events";
import { LocaleLink } from "../../_components/locale-link";
import type { AppLocale } from "@/i18n/routing";
import { EventBadges } from "./event-badges";
import { EventPlace } from "./event-place";
import { PrintedEventUrl } from "./printed-url";
import { eventDateFromRow } from "@/lib/time/date-precision";
import { formatEventDate } from "@/lib/time/format";
import { localizedField } from "@/i18n/localized";
import { sectorLabel } from "@/lib/events/sectors";
import { eventPagePath } from "@/lib/events/schedule-view-path";

/**
 * One event in a list; `from` is the schedule view it is listed in, for the event page's way back;
 * on an event page (`linkCountry`) its country links to the country's page.
 */
export async function EventRow({ event, locale, from = "", linkCountry = false }: { event: PublicEvent; locale: AppLocale; from?: string; linkCountry?: boolean }) {
  const title = localizedField(event, "title", locale);
  const cancelled = event.status === "cancelled";
  const t = await getTranslations("schedule");
  return (
    <li className={`event-row${cancelled ? " event-row--cancelled" : ""}`}>
      <p className="event-row__date">{formatEventDate(eventDateFromRow(event), locale)}</p>
      <div className="event-row__body">
        <h3 className="event-row__title">
          <LocaleLink href={eventPagePath(event.slug, from)} lang={title.lang === locale ? undefined : title.lang}>
            {title.text}
          </LocaleLink>
          {cancelled && <span className="visually-hidden"> ({t("cancelledBadge")})</span>}
        </h3>
        <p className="event-row__meta">
          <EventPlace event={event} locale={locale} linkCountry={linkCountry} />
          <span className="sep" aria-hidden="true"> · </span>
          <span>{sectorLabel(event.sector, locale)}</span>
        </p>
        <EventBadges event={event} />
        <PrintedEventUrl slug={event.slug} locale={locale} />
      </div>
    </li>
  );
}
