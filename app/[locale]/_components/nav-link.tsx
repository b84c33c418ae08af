"use client";

import { useParams, usePathname } from "next/navigation";
import { localePath } from "@/i18n/locale-path";

/**
 * A main navigation link in the page's language, marked aria-current="page" on its own page and
 * below it (the schedule also on its filtered views, served from /{locale}/filtered/…, and on its
 * calendar and year views).
 * Server-rendered, so the mark is there without JavaScript; only Next's own hooks.
 */
export function NavLink({ href, rel, children }: { href: string; rel?: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const { locale } = useParams<{ locale: string }>();
  const target = localePath(locale, href);
  const below = href === "/" ? [`/${locale}/filtered/`, `/${locale}/calendar/`, `/${locale}/year`] : [`${target}/`];
  const current = pathname === target || below.some((prefix) => pathname.startsWith(prefix));
  return (
    <a href={target} rel={rel} aria-current={current ? "page" : undefined}>
      {children}
    </a>
  );
}
