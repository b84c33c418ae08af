import type { NextRequest, NextResponse } from "next/server";
import { refreshSessionToken, sessionCookieName, sessionCookieOptions } from "./session-cookie";
import { sessionPolicy } from "./session-policy";

const staffPath = /^\/(ja|en)\/staff(\/|$)/;

/**
 * Idle timeout for pages and server actions: pages cannot set cookies, so the proxy re-issues the
 * session cookie on staff requests (lastActivity = now, expiry = idle limit, capped by the
 * absolute limit; at most once a minute, see refreshSessionToken) and drops it once expired. Not a security check: the page or action still
 * validates the request's own cookie and re-reads the user from the database.
 */
export async function slideStaffSession(request: NextRequest, response: NextResponse): Promise<void> {
  if (!staffPath.test(request.nextUrl.pathname)) return;
  const name = sessionCookieName();
  const value = request.cookies.get(name)?.value;
  if (!value) return;
  const refreshed = await refreshSessionToken(value, Date.now(), sessionPolicy());
  if (refreshed === "current") return;
  if (refreshed) response.cookies.set(name, refreshed.value, sessionCookieOptions(refreshed.expires));
  else response.cookies.set(name, "", { ...sessionCookieOptions(new Date(0)), maxAge: 0 });
}
