"use client";

import { useLocale } from "next-intl";
import { useSyncExternalStore } from "react";
import { Link, usePathname } from "@/i18n/navigation";
import { publicSchedulePath } from "@/lib/events/schedule-view-path";

const subscribe = () => () => {};

/**
 * Links to the same page and query in the other language, server-rendered so it works without
 * JavaScript. Pages are cached per URL without their query, so the server-side link comes from the
 * path alone (a filtered schedule's query is in its rewritten path); in the browser, the address
 * bar's query is added.
 */
export function LanguageSwitcher({ label, ariaLabel }: { label: string; ariaLabel: string }) {
  const locale = useLocale();
  const serverHref = publicSchedulePath(usePathname());
  const href = useSyncExternalStore(
    subscribe,
    () => (serverHref.includes("?") ? serverHref : `${serverHref}${window.location.search}`),
    () => serverHref,
  );
  const other = locale === "ja" ? "en" : "ja";
  return (
    <Link className="language-switch" href={href} locale={other} hrefLang={other} lang={other} aria-label={ariaLabel}>
      {label}
    </Link>
  );
}
