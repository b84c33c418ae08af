import type { User } from "@/db/schema";
import type { SessionPolicy } from "./session-policy";
import { checkSession, type SessionClaims } from "./session-validity";
import type { StaffUser } from "./staff-user";

/**
 * The staff user for a session, given a way to read the user row: null unless the claims are
 * complete, within the time limits, and match an enabled user of the same session version.
 * The role always comes from the database, never from the token.
 */
export function staffUserFromSession(
  claims: (Partial<SessionClaims> & { uid?: number }) | null | undefined,
  loadUser: (id: number) => Pick<User, "id" | "email" | "name" | "role" | "mustChangePassword" | "disabled" | "sessionVersion"> | undefined,
  now: number,
  policy: SessionPolicy,
): StaffUser | null {
  const user = claims && Number.isInteger(claims.uid) ? loadUser(claims.uid!) : undefined;
  if (!checkSession(claims, user ?? null, now, policy).valid || !user) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword };
}
