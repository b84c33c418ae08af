import type { PublicEvent } from "@/db/queries/public-events";
import type { AppLocale } from "@/i18n/routing";
import { countryName } from "@/lib/events/countries";
import { localizedField } from "@/i18n/localized";

/** "Japan, Tokyo, Venue": only the parts the data has; an unknown venue stays out. */
export function EventPlace({ event, locale }: { event: Pick<PublicEvent, "countryCode" | "cityJa" | "cityEn" | "venueJa" | "venueEn">; locale: AppLocale }) {
  const parts = [
    countryName(event.countryCode, locale),
    localizedField(event, "city", locale).text,
    localizedField(event, "venue", locale).text,
  ].filter((p) => p.trim() !== "");
  return <span className="event-place">{parts.join(locale === "ja" ? "・" : ", ")}</span>;
}
