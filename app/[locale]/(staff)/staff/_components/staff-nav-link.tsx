"use client";

import { Link, usePathname } from "@/i18n/navigation";

/**
 * A staff navigation link marked aria-current on its own page, or anywhere under one of
 * `sections` (e.g. the events link for /staff/events/123).
 */
export function StaffNavLink({ href, sections = [], children }: { href: string; sections?: string[]; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || sections.some((section) => pathname === section || pathname.startsWith(`${section}/`));
  return (
    <Link href={href} aria-current={current ? "page" : undefined}>
      {children}
    </Link>
  );
}
