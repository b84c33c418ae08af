import type { MetadataRoute } from "next";
import { listPublicEventSlugs } from "@/db/queries/public-events";
import { routing } from "@/i18n/routing";
import { publicBaseUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

/** Public pages in both languages; only published or cancelled events (never drafts). */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = publicBaseUrl();
  const pages = ["", "/youth-program", "/feeds"];
  const entries: MetadataRoute.Sitemap = [];
  for (const locale of routing.locales) {
    for (const page of pages) entries.push({ url: `${base}/${locale}${page}` });
    for (const { slug, updatedAt } of listPublicEventSlugs()) {
      entries.push({ url: `${base}/${locale}/events/${slug}`, lastModified: updatedAt });
    }
  }
  return entries;
}
