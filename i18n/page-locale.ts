import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { isAppLocale, type AppLocale } from "./routing";

/**
 * The locale of a page or layout under app/[locale]. Next renders a layout and its page in
 * parallel, so every page must check the segment itself: "/favicon.ico" reaches [locale] too.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  if (!isAppLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
