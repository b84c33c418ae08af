import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { isAppLocale, routing } from "./i18n/routing";
import { slideStaffSession } from "./lib/auth/slide-session";
import { filteredChangesPath } from "./lib/changes/changes-view";
import { eventFromViewPath, filteredScheduleViewPath } from "./lib/events/schedule-view-path";
import { newNonce, noncePolicy } from "./lib/security/script-policy";

const intl = createMiddleware(routing);

/**
 * The internal path of a filtered schedule view (list, month, year) or changelog request, or of an
 * event page opened from a view, or null.
 */
function viewRewrite(pathname: string, query: URLSearchParams): string | null {
  if (!isAppLocale(pathname.split("/")[1] ?? "")) return null;
  const changes = /^\/(ja|en)\/changes$/.exec(pathname);
  if (changes) return filteredChangesPath(changes[1], query);
  return filteredScheduleViewPath(pathname, query) ?? eventFromViewPath(pathname, query);
}

/**
 * Locale routing: "/" and unprefixed paths such as "/feeds" redirect to "/ja/…" or "/en/…"
 * (by Accept-Language). A schedule view or changelog URL with a query ("/en?sector=tourism", the
 * same for "/en/calendar/2023-10" and "/en/year", "/en/changes?since=2023-10-01"), and an event
 * page opened from a view ("/en/events/x?from=…"), are rewritten to their cacheable pages
 * (lib/events/schedule-view-path.ts). On staff, sign-in and sign-out pages it adds a script nonce
 * policy (lib/security/script-policy.ts), and on staff pages it slides the session's idle window.
 * Never an authorization check: every staff page and action checks the session itself.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const internal = viewRewrite(pathname, searchParams);
  if (internal) {
    const rsc = searchParams.get("_rsc");
    // Built on request.url, not nextUrl: Next normalises nextUrl's 127.0.0.1 to "localhost", and a
    // rewrite to another origin than the server's own is proxied over HTTP instead of served
    // in-process (next.config.js sets skipProxyUrlNormalize so request.url keeps the real origin).
    return NextResponse.rewrite(new URL(rsc === null ? internal : `${internal}?_rsc=${encodeURIComponent(rsc)}`, request.url));
  }
  if (!renderedPerRequest.test(pathname)) return intl(request);
  // Next puts the nonce of the request's Content-Security-Policy on every script it writes.
  const policy = noncePolicy(newNonce());
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = intl(new NextRequest(request, { headers }));
  response.headers.set("content-security-policy", policy);
  await slideStaffSession(request, response);
  return response;
}

/** Staff, sign-in and sign-out pages: rendered for each request, so each can have its own script nonce. */
const renderedPerRequest = /^\/(ja|en)\/(staff|sign-in|sign-out)(\/|$)/;

export const config = {
  matcher: [
    // Not for route handlers (/api, /feeds/*.ics, /apple-icon), Next internals, files with an extension, nor the
    // public pages that need no locale negotiation: they are served from the page cache, and a
    // proxy run per request would cost as much as serving them.
    "/((?!api|_next|_vercel|apple-icon|.*\\..*|(?:ja|en)(?:$|/events/|/youth-program(?:$|/agenda$)|/feeds$|/filtered/|/changes$|/changes/filtered/|/countries(?:$|/)|/calendar(?:$|/)|/year(?:$|/))).*)",
    // The schedule with a filter (lib/events/schedule-filters.ts) in its query: rewritten to its
    // own cacheable page. Written out: Next reads this config statically at build time.
    { source: "/:locale(ja|en)", has: [{ type: "query", key: "sector" }] },
    { source: "/:locale(ja|en)", has: [{ type: "query", key: "country" }] },
    { source: "/:locale(ja|en)", has: [{ type: "query", key: "type" }] },
    { source: "/:locale(ja|en)", has: [{ type: "query", key: "special" }] },
    { source: "/:locale(ja|en)", has: [{ type: "query", key: "q" }] },
    { source: "/:locale(ja|en)", has: [{ type: "query", key: "page" }] },
    // The same filters on a month of the calendar and on the year timeline (and its rows).
    { source: "/:locale(ja|en)/calendar/:month", has: [{ type: "query", key: "sector" }] },
    { source: "/:locale(ja|en)/calendar/:month", has: [{ type: "query", key: "country" }] },
    { source: "/:locale(ja|en)/calendar/:month", has: [{ type: "query", key: "type" }] },
    { source: "/:locale(ja|en)/calendar/:month", has: [{ type: "query", key: "special" }] },
    { source: "/:locale(ja|en)/calendar/:month", has: [{ type: "query", key: "q" }] },
    { source: "/:locale(ja|en)/year", has: [{ type: "query", key: "sector" }] },
    { source: "/:locale(ja|en)/year", has: [{ type: "query", key: "country" }] },
    { source: "/:locale(ja|en)/year", has: [{ type: "query", key: "type" }] },
    { source: "/:locale(ja|en)/year", has: [{ type: "query", key: "special" }] },
    { source: "/:locale(ja|en)/year", has: [{ type: "query", key: "q" }] },
    { source: "/:locale(ja|en)/year", has: [{ type: "query", key: "rows" }] },
    // The changelog with a filter or a date: the same, to its own cacheable page.
    { source: "/:locale(ja|en)/changes", has: [{ type: "query", key: "sector" }] },
    { source: "/:locale(ja|en)/changes", has: [{ type: "query", key: "country" }] },
    { source: "/:locale(ja|en)/changes", has: [{ type: "query", key: "type" }] },
    { source: "/:locale(ja|en)/changes", has: [{ type: "query", key: "special" }] },
    { source: "/:locale(ja|en)/changes", has: [{ type: "query", key: "q" }] },
    { source: "/:locale(ja|en)/changes", has: [{ type: "query", key: "page" }] },
    { source: "/:locale(ja|en)/changes", has: [{ type: "query", key: "since" }] },
    // An event page opened from a filtered view: rewritten to its own cacheable page.
    { source: "/:locale(ja|en)/events/:slug", has: [{ type: "query", key: "from" }] },
  ],
};
