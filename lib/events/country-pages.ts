import { isCountryCode, type CountryCode } from "./countries";

/** The address of a country's page (lower-case code): /{locale}/countries/jp. */
export function countryPagePath(code: string): string {
  return `/countries/${code.toLowerCase()}`;
}

/** The country a page address names ("jp" → "JP"), or null; only the lower-case spelling is a page. */
export function countryFromPageSegment(segment: string): CountryCode | null {
  const code = segment.toUpperCase();
  return segment === segment.toLowerCase() && isCountryCode(code) ? code : null;
}
