import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";

const intl = createMiddleware(routing);

/**
 * Locale routing only: "/" and unprefixed paths such as "/feeds" redirect to "/ja/…" or "/en/…"
 * (by Accept-Language). Never a security check: every staff page and action checks the session itself.
 */
export function proxy(request: NextRequest) {
  return intl(request);
}

export const config = {
  // Not for route handlers (/api, /feeds/*.ics), Next internals or files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
