import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { slideStaffSession } from "./lib/auth/slide-session";

const intl = createMiddleware(routing);

/**
 * Locale routing: "/" and unprefixed paths such as "/feeds" redirect to "/ja/…" or "/en/…"
 * (by Accept-Language). On staff pages it also slides the session's idle window.
 * Never a security check: every staff page and action checks the session itself.
 */
export async function proxy(request: NextRequest) {
  const response = intl(request);
  await slideStaffSession(request, response);
  return response;
}

export const config = {
  // Not for route handlers (/api, /feeds/*.ics), Next internals or files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
