import { decode, encode, type JWT } from "next-auth/jwt";
import type { SessionPolicy } from "./session-policy";
import { checkSessionTimes, isCompleteClaims, sessionExpiry, type SessionClaims } from "./session-validity";
import type { StaffUser } from "./staff-user";

/**
 * The session cookie is next-auth's own (same name, same encrypted JWT), so sessions created by
 * our sign-in action and by next-auth's credentials callback are read alike by getServerSession.
 * Secure cookies (and the __Secure- prefix) follow the scheme of NEXTAUTH_URL, as next-auth does.
 */
export function useSecureCookies(url = process.env.NEXTAUTH_URL ?? process.env.PUBLIC_BASE_URL ?? ""): boolean {
  return url.startsWith("https://");
}

export function sessionCookieName(secure = useSecureCookies()): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

export function sessionCookieOptions(expires: Date, secure = useSecureCookies()) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure, expires };
}

export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return secret;
}

/** Who a session is for: what its token carries (the rest, such as mustChangePassword, is re-read from the database). */
export type SessionSubject = Pick<StaffUser, "id" | "email" | "name" | "role"> & { sessionVersion: number };

/** The claims of a fresh session for `user` (see types/next-auth.d.ts). */
export function newSessionToken(user: SessionSubject, now: number): JWT & SessionClaims {
  return {
    sub: String(user.id),
    name: user.name,
    email: user.email,
    uid: user.id,
    role: user.role,
    sessionVersion: user.sessionVersion,
    issuedAt: now,
    lastActivity: now,
  };
}

/** Encrypts `token` as next-auth does, expiring at the idle limit capped by the absolute limit. */
export async function encodeSessionToken(
  token: JWT & SessionClaims,
  now: number,
  policy: SessionPolicy,
): Promise<{ value: string; expires: Date }> {
  const expiresAt = sessionExpiry(token, now, policy);
  const maxAge = Math.max(1, Math.floor((expiresAt - now) / 1000));
  const value = await encode({ token, secret: authSecret(), maxAge });
  return { value, expires: new Date(expiresAt) };
}

/**
 * A session is re-issued at most this often. Re-issuing on every request raced with the fresh
 * cookie a password change hands out: a request that left with the old cookie (a prefetch, say)
 * and came back after the change set the revoked token again, signing the browser out. Like
 * next-auth's own `updateAge`, this also spares an encryption per request; the idle limit then
 * counts from at most a minute before the last request.
 */
export const SESSION_SLIDE_INTERVAL_MS = 60_000;

/**
 * Slides the idle window: decodes the cookie and, while within both limits, re-issues it with
 * lastActivity = now, unless it was issued or slid less than SESSION_SLIDE_INTERVAL_MS ago
 * ("current": leave the cookie as it is). Returns null when the cookie is unreadable or expired
 * (the caller deletes it). Not a security check: getStaffUser re-validates every request against
 * the database.
 */
export async function refreshSessionToken(
  value: string,
  now: number,
  policy: SessionPolicy,
): Promise<{ value: string; expires: Date } | "current" | null> {
  let token: JWT | null;
  try {
    token = await decode({ token: value, secret: authSecret() });
  } catch {
    return null;
  }
  if (!token || !isCompleteClaims(token) || !checkSessionTimes(token, now, policy).valid) return null;
  if (now - token.lastActivity < SESSION_SLIDE_INTERVAL_MS) return "current";
  return encodeSessionToken({ ...token, lastActivity: now }, now, policy);
}
