import "server-only";
import { cookies } from "next/headers";
import { getUserById } from "@/db/queries/users";
import { encodeSessionToken, newSessionToken, sessionCookieName, sessionCookieOptions } from "./session-cookie";
import { sessionPolicy } from "./session-policy";

/**
 * After users change their own password, every session of theirs has been revoked (session_version
 * bumped); this gives the browser that made the change a fresh session, so only the others end.
 * Only for server actions and route handlers (pages cannot set cookies).
 */
export async function reissueSessionCookie(userId: number): Promise<void> {
  const user = getUserById(userId);
  if (!user || user.disabled) return;
  const now = Date.now();
  const cookie = await encodeSessionToken(newSessionToken(user, now), now, sessionPolicy());
  (await cookies()).set(sessionCookieName(), cookie.value, sessionCookieOptions(cookie.expires));
}
