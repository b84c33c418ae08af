import { getTranslations } from "next-intl/server";
import { LocaleLink } from "../../../../_components/locale-link";
import type { AppLocale } from "@/i18n/routing";
import { type CalendarLinkInput, googleCalendarLink } from "@/lib/events/google-calendar-link";
import { outlookCalendarLink } from "@/lib/events/outlook-calendar-link";

type Props = { slug: string; locale: AppLocale; cancelled: boolean; event: CalendarLinkInput };

/**
 * "Add to calendar": the one-off .ics download and prefilled new-event forms of Google Calendar,
 * Outlook.com and Microsoft 365. None for a cancelled event: each would create an ordinary,
 * uncancelled event; subscribers see it marked cancelled in their feeds instead.
 */
export async function CalendarActions({ slug, locale, cancelled, event }: Props) {
  const t = await getTranslations("event");
  if (cancelled) {
    return (
      <div className="actions">
        <p>
          {t("cancelledNoAdd")} <LocaleLink href="/feeds">{t("subscribeFeeds")}</LocaleLink>
        </p>
      </div>
    );
  }
  const external = [
    { label: t("googleCalendar"), href: googleCalendarLink(event) },
    { label: t("outlookCalendar"), href: outlookCalendarLink(event, "outlook.com") },
    { label: t("microsoft365Calendar"), href: outlookCalendarLink(event, "microsoft365") },
  ];
  return (
    <>
      <div className="actions">
        <a className="button" href={`/feeds/events/${slug}.ics?lang=${locale}`} download>
          {t("addToCalendar")}
        </a>
        {external.map(({ label, href }) => (
          <a key={label} className="button secondary" href={href} rel="noopener noreferrer" target="_blank">
            {label}
          </a>
        ))}
        <LocaleLink href="/feeds">{t("subscribeFeeds")}</LocaleLink>
      </div>
      <p className="hint screen-only">{t("addToCalendarHint")}</p>
    </>
  );
}
