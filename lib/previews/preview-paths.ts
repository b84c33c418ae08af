import { isAppLocale, type AppLocale } from "@/i18n/routing";
import { isCalendarMonth } from "@/lib/calendar/month-grid";
import { countryFromPageSegment } from "@/lib/events/country-pages";
import type { CountryCode } from "@/lib/events/countries";

/** The main pages with a preview image of their own. */
export const PREVIEW_PAGES = ["schedule", "year", "feeds", "youth-program", "countries", "changes"] as const;
export type PreviewPage = (typeof PREVIEW_PAGES)[number];

/** What a preview image shows: a main page, a month of the calendar, a country, or an event. */
export type PreviewSubject =
  | { kind: "page"; page: PreviewPage }
  | { kind: "month"; month: string }
  | { kind: "country"; code: CountryCode }
  | { kind: "event"; slug: string };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The address of a page's preview image: /og/{locale}/{page}.png, /og/{locale}/events/{slug}.png… */
export function previewImagePath(locale: AppLocale, subject: PreviewSubject): string {
  switch (subject.kind) {
    case "page":
      return `/og/${locale}/${subject.page}.png`;
    case "month":
      return `/og/${locale}/calendar/${subject.month}.png`;
    case "country":
      return `/og/${locale}/countries/${subject.code.toLowerCase()}.png`;
    case "event":
      return `/og/${locale}/events/${subject.slug}.png`;
  }
}

/** The locale and subject of a preview image's path segments (after /og), or null for any other path. */
export function parsePreviewPath(segments: string[]): { locale: AppLocale; subject: PreviewSubject } | null {
  const [locale, ...rest] = segments;
  if (!locale || !isAppLocale(locale)) return null;
  const last = rest.at(-1);
  if (!last?.endsWith(".png")) return null;
  const name = last.slice(0, -".png".length);
  if (rest.length === 1) return (PREVIEW_PAGES as readonly string[]).includes(name) ? { locale, subject: { kind: "page", page: name as PreviewPage } } : null;
  if (rest.length !== 2) return null;
  if (rest[0] === "calendar" && isCalendarMonth(name)) return { locale, subject: { kind: "month", month: name } };
  if (rest[0] === "events" && SLUG.test(name) && name.length <= 200) return { locale, subject: { kind: "event", slug: name } };
  const code = rest[0] === "countries" ? countryFromPageSegment(name) : null;
  return code ? { locale, subject: { kind: "country", code } } : null;
}
