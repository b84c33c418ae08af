import type { MetadataRoute } from "next";
import { listPublicEventSlugs } from "@/db/queries/public-events";
import { routing } from "@/i18n/routing";
import { publicBaseUrl } from "@/lib/env";
import { COUNTRY_CODES } from "@/lib/events/countries";
import { countryPagePath } from "@/lib/events/country-pages";

export const dynamic = "force-dynamic";

/**
 * Public pages in both languages: the schedule, youth program, feeds, the host countries' pages,
 * and the pages of published or cancelled events (never drafts; month-only ones too: their page
 * shows the month, never a day).
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = publicBaseUrl();
  const pages = ["", "/youth-program", "/feeds", "/countries", ...COUNTRY_CODES.map(countryPagePath)];
  const entries: MetadataRoute.Sitemap = [];
  for (const locale of routing.locales) {
    for (const page of pages) entries.push({ url: `${base}/${locale}${page}` });
    for (const { slug, updatedAt } of listPublicEventSlugs()) {
      entries.push({ url: `${base}/${locale}/events/${slug}`, lastModified: updatedAt });
    }
  }
  return entries;
}
