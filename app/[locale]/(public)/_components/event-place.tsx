import type { PublicEvent } from "@/db/queries/public-events";
import { LocaleLink } from "../../_components/locale-link";
import type { AppLocale } from "@/i18n/routing";
import { hostName, knownPlaceParts } from "@/lib/events/hosts";
import { countryPagePath } from "@/lib/events/country-pages";

type PlaceEvent = Pick<PublicEvent, "hostKind" | "countryCode" | "cityJa" | "cityEn" | "venueJa" | "venueEn">;

/**
 * "Japan, Tokyo, Venue": only the parts the data has; an unknown venue stays out. A host the
 * briefing does not state is said to be so, never guessed. With `linkCountry`, the country name
 * links to its country page.
 */
export function EventPlace({ event, locale, linkCountry = false }: { event: PlaceEvent; locale: AppLocale; linkCountry?: boolean }) {
  const separator = locale === "ja" ? "・" : ", ";
  const parts = knownPlaceParts(event, locale);
  if (event.hostKind === "unstated") parts.unshift(hostName(event, locale));
  if (!(linkCountry && event.hostKind === "country" && event.countryCode)) return <span className="event-place">{parts.join(separator)}</span>;
  const [country, ...rest] = parts;
  return (
    <span className="event-place">
      <LocaleLink href={countryPagePath(event.countryCode)}>{country}</LocaleLink>
      {rest.length > 0 && `${separator}${rest.join(separator)}`}
    </span>
  );
}
