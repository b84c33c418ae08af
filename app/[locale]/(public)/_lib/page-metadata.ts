import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localePath } from "@/i18n/locale-path";
import type { AppLocale } from "@/i18n/routing";
import { publicBaseUrl } from "@/lib/env";

/** OpenGraph's locale names (language_TERRITORY): the site's English is British. */
const OG_LOCALE: Record<AppLocale, string> = { ja: "ja_JP", en: "en_GB" };

export type PageMetadataInput = {
  locale: AppLocale;
  /** The page's address without the locale, as LocaleLink takes it ("/" for the schedule, "/feeds", "/year?rows=host"). */
  path: string;
  title: string;
  description: string;
  siteName: string;
  /** The preview image's address after the origin (app/og/[...path]/route.ts). */
  image: string;
  /** False for pages search engines should not keep (a search's results, a removed event). */
  indexable?: boolean;
  /** The page's canonical address without the locale, when it is not `path` itself (an event opened from a view). */
  canonicalPath?: string;
  /** Feeds of the page's content, by media type (the changelog's Atom feed). */
  types?: NonNullable<Metadata["alternates"]>["types"];
};

/**
 * What every public page says about itself to search engines and link previews: its canonical
 * address, its addresses in both languages and x-default (the root, which sends readers to their
 * language), all absolute as hreflang requires; OpenGraph and Twitter cards with its preview image.
 */
export function publicPageMetadata(input: PageMetadataInput): Metadata {
  const base = publicBaseUrl();
  const other: AppLocale = input.locale === "ja" ? "en" : "ja";
  const address = (locale: AppLocale, path = input.path) => `${base}${localePath(locale, path)}`;
  const url = address(input.locale, input.canonicalPath ?? input.path);
  const image = { url: `${base}${input.image}`, width: 1200, height: 630, alt: input.title };
  return {
    title: input.title,
    description: input.description,
    alternates: {
      canonical: url,
      languages: { ja: address("ja", input.canonicalPath), en: address("en", input.canonicalPath), "x-default": `${base}/` },
      ...(input.types && { types: input.types }),
    },
    openGraph: {
      type: "website",
      siteName: input.siteName,
      title: input.title,
      description: input.description,
      url,
      locale: OG_LOCALE[input.locale],
      alternateLocale: [OG_LOCALE[other]],
      images: [image],
    },
    twitter: { card: "summary_large_image", title: input.title, description: input.description, images: [image] },
    ...(input.indexable === false && { robots: { index: false, follow: true } }),
  };
}

/** publicPageMetadata with the site's name, and its subtitle when the page has no description of its own. */
export async function pageMetadata(input: Omit<PageMetadataInput, "siteName" | "description"> & { description?: string }): Promise<Metadata> {
  const t = await getTranslations({ locale: input.locale, namespace: "common" });
  return publicPageMetadata({ ...input, siteName: t("siteTitle"), description: input.description?.trim() || t("siteSubtitle") });
}
