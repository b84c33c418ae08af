import type { NextRequest, NextResponse } from "next/server";
import { refreshSessionToken, sessionCookieName, sessionCookieOptions } from "./session-cookie";
import { sessionPolicy } from "./session-policy";

const staffPath = /^\/(ja|en)\/staff(\/|$)/;

type CookieReader = { get(name: string): { value: string } | undefined };
type CookieWriter = { set(name: string, value: string, options: ReturnType<typeof sessionCookieOptions> & { maxAge?: number }): unknown };

/**
 * Slides the idle window of the session cookie read from `from` and writes the result to `to`:
 * re-issued with lastActivity = now (expiry = idle limit, capped by the absolute limit; at most
 * once a minute, see refreshSessionToken), or deleted once expired. Not a security check: the
 * page, action or API handler still validates the request's own cookie against the database.
 */
export async function slideSessionCookie(from: CookieReader, to: CookieWriter): Promise<void> {
  const name = sessionCookieName();
  const value = from.get(name)?.value;
  if (!value) return;
  const refreshed = await refreshSessionToken(value, Date.now(), sessionPolicy());
  if (refreshed === "current") return;
  if (refreshed) to.set(name, refreshed.value, sessionCookieOptions(refreshed.expires));
  else to.set(name, "", { ...sessionCookieOptions(new Date(0)), maxAge: 0 });
}

/** Pages cannot set cookies, so the proxy slides the session on staff page and action requests. */
export async function slideStaffSession(request: NextRequest, response: NextResponse): Promise<void> {
  if (staffPath.test(request.nextUrl.pathname)) await slideSessionCookie(request.cookies, response.cookies);
}
