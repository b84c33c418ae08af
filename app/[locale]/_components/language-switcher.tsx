"use client";

import { useLocale } from "next-intl";
import { useParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { queryFromSegment } from "@/lib/events/schedule-view-path";

/**
 * Links to the same page in the other language, server-rendered so it works without JavaScript.
 * A filtered schedule keeps its filters: they are the `query` param of its route (proxy.ts),
 * which server and browser both know. (Pages are cached without the URL query, so it cannot
 * come from useSearchParams.)
 */
export function LanguageSwitcher({ label, ariaLabel }: { label: string; ariaLabel: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const { query } = useParams<{ query?: string }>();
  const href = query ? `/?${queryFromSegment(query)}` : pathname;
  const other = locale === "ja" ? "en" : "ja";
  return (
    <Link className="language-switch" href={href} locale={other} hrefLang={other} lang={other} aria-label={ariaLabel}>
      {label}
    </Link>
  );
}
