"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";

/** Links to the same page and query in the other language (server-rendered, works without JS). */
export function LanguageSwitcher({ label, ariaLabel }: { label: string; ariaLabel: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const other = locale === "ja" ? "en" : "ja";
  return (
    <Link
      className="language-switch"
      href={search ? `${pathname}?${search}` : pathname}
      locale={other}
      hrefLang={other}
      lang={other}
      aria-label={ariaLabel}
    >
      {label}
    </Link>
  );
}
