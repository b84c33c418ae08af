"use client";

import { Link, usePathname } from "@/i18n/navigation";

/** A staff navigation link marked aria-current on its own page (and, for sections, below it). */
export function StaffNavLink({ href, section = false, children }: { href: string; section?: boolean; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || (section && pathname.startsWith(`${href}/`));
  return (
    <Link href={href} aria-current={current ? "page" : undefined}>
      {children}
    </Link>
  );
}
