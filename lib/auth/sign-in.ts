import "server-only";
import { cookies, headers } from "next/headers";
import { signInStore } from "@/db/queries/login-attempts";
import { env } from "@/lib/env";
import { clientAddress, PEER_ADDRESS_HEADER, trustedProxyList } from "./client-address";
import { checkCredentials, type AuthenticationResult, type CredentialInput } from "./credentials";
import { DEVICE_COOKIE_MAX_AGE_SECONDS, deviceCookieAfterSignIn, deviceCookieName, deviceKey, trustedDeviceId } from "./device-cookie";
import { dummyPasswordHash, verifyPassword } from "./password";
import { authSecret, useSecureCookies } from "./session-cookie";
import { normalizeEmail } from "./staff-user";

/** The client's address as the throttle sees it: the socket's, or what a trusted proxy says (TRUSTED_PROXIES). */
export function requestClientAddress(requestHeaders: { get(name: string): string | null }): string {
  return clientAddress(
    { peer: requestHeaders.get(PEER_ADDRESS_HEADER), forwardedFor: requestHeaders.get("x-forwarded-for") },
    trustedProxyList(env().TRUSTED_PROXIES),
  );
}

/**
 * The credential check of the current request against the database and argon2 (sign-in form,
 * next-auth provider, password change): the client address and the device cookie come from the
 * request. Only where next/headers works: server actions and route handlers.
 */
export async function authenticate(input: Omit<CredentialInput, "ip" | "device">): Promise<AuthenticationResult> {
  const [requestHeaders, jar] = await Promise.all([headers(), cookies()]);
  const device = trustedDeviceId(jar.get(deviceCookieName(useSecureCookies()))?.value, normalizeEmail(input.email), deviceKey(authSecret()));
  return checkCredentials({ ...input, ip: requestClientAddress(requestHeaders), device }, { store: signInStore(), verifyPassword, dummyPasswordHash });
}

/** After a successful sign-in: this browser becomes a known device of the account (server actions and route handlers). */
export async function rememberDevice(email: string): Promise<void> {
  const jar = await cookies();
  const secure = useSecureCookies();
  const name = deviceCookieName(secure);
  const value = deviceCookieAfterSignIn(jar.get(name)?.value, normalizeEmail(email), deviceKey(authSecret()));
  jar.set(name, value, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS });
}
