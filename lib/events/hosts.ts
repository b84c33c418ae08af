import { localized } from "@/i18n/localized";
import { countryName, isCountryCode, type CountryCode } from "./countries";

/**
 * Who hosts an event, as the source gives it:
 * - country: one country (events.country_code), with a city and venue when known;
 * - online: held online;
 * - several: held in several countries (named in the city or venue text);
 * - asean: ASEAN-wide;
 * - unstated: the source does not say where. Nothing is guessed: the page says so.
 * Only a country host has a country code (a CHECK constraint of the events table).
 */
export const OTHER_HOST_KINDS = ["online", "several", "asean", "unstated"] as const;
export const HOST_KINDS = ["country", ...OTHER_HOST_KINDS] as const;
export type HostKind = (typeof HOST_KINDS)[number];
export type OtherHostKind = (typeof OTHER_HOST_KINDS)[number];

/** As a filter option or form choice. */
export const HOST_KIND_LABELS: Record<OtherHostKind, { ja: string; en: string }> = {
  online: { ja: "オンライン", en: "Online" },
  several: { ja: "複数の国", en: "Several countries" },
  asean: { ja: "ASEAN全体", en: "ASEAN-wide" },
  unstated: { ja: "開催地の記載なし", en: "Host not stated" },
};

/** As the place of one event: an unstated host is named as the briefing's silence, not guessed. */
const HOST_PLACE: Record<OtherHostKind, { ja: string; en: string }> = {
  online: { ja: "オンライン", en: "Online" },
  several: { ja: "複数の国", en: "Several countries" },
  asean: { ja: "ASEAN全体", en: "ASEAN-wide" },
  unstated: { ja: "開催地は資料に記載なし", en: "Host not stated in the briefing" },
};

export function isHostKind(value: string): value is HostKind {
  return (HOST_KINDS as readonly string[]).includes(value);
}

export function isOtherHostKind(value: string): value is OtherHostKind {
  return (OTHER_HOST_KINDS as readonly string[]).includes(value);
}

/** The host of a stored row. */
export type EventHost = { hostKind: HostKind; countryCode: string | null };

/** The one form and API value for a host: a country code, or the kind of a host that is not a country. */
export function hostValue(host: EventHost): string {
  return host.hostKind === "country" && host.countryCode ? host.countryCode : host.hostKind;
}

/** The columns for a form or API host value, or null when it is neither a known country nor a host kind. */
export function hostFromValue(value: string): { hostKind: HostKind; countryCode: CountryCode | null } | null {
  if (isCountryCode(value)) return { hostKind: "country", countryCode: value };
  if (isOtherHostKind(value)) return { hostKind: value, countryCode: null };
  return null;
}

/** The host's name: the country, or the words for an online, shared, ASEAN-wide or unstated host. */
export function hostName(host: EventHost, locale: "ja" | "en"): string {
  if (host.hostKind === "country" && host.countryCode) return countryName(host.countryCode, locale);
  return HOST_PLACE[host.hostKind === "country" ? "unstated" : host.hostKind][locale];
}

/** A host choice's label: the country name, or the host kind's label. */
export function hostValueLabel(value: string, locale: "ja" | "en"): string {
  return isOtherHostKind(value) ? HOST_KIND_LABELS[value][locale] : countryName(value, locale);
}

/** The columns that say where an event is. */
export type PlaceFields = EventHost & { cityJa: string; cityEn: string; venueJa: string; venueEn: string };

/**
 * Where the event is, as far as it is known: the host (unless not stated), then city and venue,
 * each in `locale` or else the other language. Empty when the briefing says nothing of the place.
 */
export function knownPlaceParts(e: PlaceFields, locale: "ja" | "en"): string[] {
  const host = e.hostKind === "unstated" ? "" : hostName(e, locale);
  return [host, localized(e.cityJa, e.cityEn, locale).text, localized(e.venueJa, e.venueEn, locale).text].filter((s) => s.trim() !== "");
}
