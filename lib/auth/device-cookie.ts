import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Device cookies (OWASP, "Slow down online guessing attacks with device cookies"): after a
 * successful sign-in, the browser gets a token bound to the account, signed with a key derived from
 * the session secret. Attempts that present one are throttled per device instead of per account
 * and address (lib/auth/rate-limit.ts), so a throttled account can still sign in from a browser
 * where it signed in before. A token is "<id>.<mac>": a random id and HMAC(key, email + id); the
 * email is not in the cookie. A browser shared by several staff keeps one token per account, the
 * most recent first, at most MAX_TOKENS.
 */

const MAX_TOKENS = 5;
/** A device is remembered for half a year after its latest successful sign-in. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 183 * 24 * 3600;

export function deviceCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}sign-in-device`;
}

/** Its own key, so that a device token can never be mistaken for anything else signed with the session secret. */
export function deviceKey(sessionSecret: string): Buffer {
  return createHmac("sha256", sessionSecret).update("sign-in device cookie").digest();
}

function mac(key: Buffer, email: string, id: string): Buffer {
  return createHmac("sha256", key).update(`${email}\n${id}`).digest();
}

function tokens(cookie: string | undefined): { id: string; mac: string }[] {
  return (cookie ?? "")
    .split("~")
    .slice(0, MAX_TOKENS)
    .map((token) => token.split("."))
    .filter((parts) => parts.length === 2 && /^[\w-]{16,64}$/.test(parts[0]) && /^[\w-]{43}$/.test(parts[1]))
    .map(([id, signature]) => ({ id, mac: signature }));
}

/** The device id the cookie holds for `email` (normalised), or null when it holds no valid token for it. */
export function trustedDeviceId(cookie: string | undefined, email: string, key: Buffer): string | null {
  for (const token of tokens(cookie)) {
    if (timingSafeEqual(Buffer.from(token.mac, "base64url"), mac(key, email, token.id))) return token.id;
  }
  return null;
}

/** The cookie's value after `email` signed in from this browser: its token first (the same id if it had one). */
export function deviceCookieAfterSignIn(cookie: string | undefined, email: string, key: Buffer, newId = () => randomBytes(16).toString("base64url")): string {
  const id = trustedDeviceId(cookie, email, key) ?? newId();
  const own = `${id}.${mac(key, email, id).toString("base64url")}`;
  const others = tokens(cookie)
    .filter((token) => token.id !== id)
    .map((token) => `${token.id}.${token.mac}`);
  return [own, ...others].slice(0, MAX_TOKENS).join("~");
}
