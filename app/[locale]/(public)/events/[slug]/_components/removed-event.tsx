import { getTranslations } from "next-intl/server";
import type { RemovedEvent } from "@/db/queries/public-events";
import { LocaleLink } from "../../../../_components/locale-link";
import { localized, localizedField } from "@/i18n/localized";
import type { AppLocale } from "@/i18n/routing";
import { eventTimeFromRow } from "@/lib/time/event-time";
import { formatDate, formatEventTime } from "@/lib/time/format";
import { EventPlace } from "../../../_components/event-place";

/**
 * The page of a public event that was deleted. Calendars keep it (as cancelled) for a while, and
 * their "Details" link leads here: say that it was cancelled or removed, and when.
 */
export async function RemovedEventNotice({ event, locale }: { event: RemovedEvent; locale: AppLocale }) {
  const t = await getTranslations("event");
  const title = localizedField(event, "title", locale);
  const reason = localized(event.cancelReason, event.cancelReasonEn, locale);
  const date = formatDate(event.deletedAt.toISOString().slice(0, 10), locale);
  return (
    <>
      <h1 lang={title.lang === locale ? undefined : title.lang}>{title.text}</h1>
      <div className="cancelled-banner" role="note">
        <p>{t(event.status === "cancelled" ? "cancelledAndRemoved" : "removed", { date })}</p>
        {event.status === "cancelled" && reason.text && (
          <p>{t.rich("cancelReason", { reason: reason.text, text: (chunks) => <span lang={reason.lang === locale ? undefined : reason.lang}>{chunks}</span> })}</p>
        )}
      </div>
      <dl>
        <dt>{t("wasPlanned")}</dt>
        <dd>{formatEventTime(eventTimeFromRow(event), locale)}</dd>
        <dt>{t("place")}</dt>
        <dd>
          <EventPlace event={event} locale={locale} />
        </dd>
      </dl>
      <p>
        <LocaleLink href="/">{t("removedSchedule")}</LocaleLink>
      </p>
    </>
  );
}
