"use client";

import { useParams, usePathname } from "next/navigation";
import { rememberLocale } from "@/i18n/remember-locale";
import { eventPagePath, queryFromSegment, viewAddressFromParams } from "@/lib/events/schedule-view-path";

/**
 * Links to the same page in the other language, server-rendered so it works without JavaScript.
 * A filtered view (list, month, year) or changelog keeps its filters: they are a param of its
 * route (proxy.ts), and an event page opened from one keeps its way back (its `from` param),
 * which server and browser both know. (Pages are cached without the URL query, so it cannot
 * come from useSearchParams.) Only Next's own hooks: no next-intl code in the browser.
 */
export function LanguageSwitcher({ label, ariaLabel }: { label: string; ariaLabel: string }) {
  const pathname = usePathname();
  const params = useParams<{ locale: string; query?: string; changesQuery?: string; month?: string; view?: string; slug?: string; from?: string }>();
  const { locale, changesQuery, slug, from } = params;
  const other = locale === "ja" ? "en" : "ja";
  const view = viewAddressFromParams(params);
  const href = view
    ? `/${other}${view}`
    : changesQuery
      ? `/${other}/changes?${queryFromSegment(changesQuery)}`
      : from && slug
        ? `/${other}${eventPagePath(slug, queryFromSegment(from))}`
        : `/${other}${pathname.slice(`/${locale}`.length)}`;
  // With JavaScript, the choice is remembered. Public pages are not hydrated: their own script
  // does the same there ((public)/_browser/public-page-script.ts).
  const remember = () => rememberLocale(other);
  return (
    <a className="language-switch" href={href} hrefLang={other} lang={other} aria-label={ariaLabel} onClick={remember}>
      {label}
    </a>
  );
}
