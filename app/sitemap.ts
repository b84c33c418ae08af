import type { MetadataRoute } from "next";
import { listPublicEventSlugs } from "@/db/queries/public-events";
import { routing } from "@/i18n/routing";
import { localePath } from "@/i18n/locale-path";
import { publicBaseUrl } from "@/lib/env";
import { TIMELINE_YEAR } from "@/lib/calendar/year-timeline";
import { COUNTRY_CODES } from "@/lib/events/countries";
import { countryPagePath } from "@/lib/events/country-pages";

export const dynamic = "force-dynamic";

const MONTHS = Array.from({ length: 12 }, (_, i) => `/calendar/${TIMELINE_YEAR}-${String(i + 1).padStart(2, "0")}`);

/**
 * Public pages in both languages: the schedule, its months and year, youth program, feeds, changelog, the host
 * countries' pages and agendas, and the pages of published or cancelled events (never drafts;
 * month-only ones too: their page shows the month, never a day). Each entry names its page in both
 * languages and x-default, as the pages' own hreflang links do.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = publicBaseUrl();
  const alternates = (path: string) => ({
    languages: { ...Object.fromEntries(routing.locales.map((l) => [l, `${base}${localePath(l, path)}`])), "x-default": `${base}/` },
  });
  const pages = ["/", ...MONTHS, "/year", "/youth-program", "/youth-program/agenda", "/feeds", "/changes", "/countries", ...COUNTRY_CODES.flatMap((c) => [countryPagePath(c), `${countryPagePath(c)}/agenda`])];
  const entries: MetadataRoute.Sitemap = [];
  for (const locale of routing.locales) {
    for (const page of pages) entries.push({ url: `${base}${localePath(locale, page)}`, alternates: alternates(page) });
    for (const { slug, updatedAt } of listPublicEventSlugs()) {
      entries.push({ url: `${base}/${locale}/events/${slug}`, lastModified: updatedAt, alternates: alternates(`/events/${slug}`) });
    }
  }
  return entries;
}
