import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getUserById } from "@/db/queries/users";
import { AuthorizationError, PasswordChangeRequiredError } from "@/lib/errors";
import { authOptions } from "./options";
import { sessionPolicy } from "./session-policy";
import { slideSessionCookie } from "./slide-session";
import { hasRole, type StaffRole, type StaffUser } from "./staff-user";
import { staffUserFromSession } from "./staff-user-from-session";

export type { StaffRole, StaffUser } from "./staff-user";

/**
 * The signed-in staff member, or null. Reads the next-auth JWT, then re-reads the user from the
 * database: a deleted or disabled user, a token from before a sign-out/role/password change
 * (session_version), or a session past its idle or absolute limit all give null.
 * Cached per request, so pages and actions may call it freely.
 */
export const getStaffUser = cache(async (): Promise<StaffUser | null> => {
  let session;
  try {
    session = await getServerSession(authOptions);
  } catch {
    return null;
  }
  if (!session) return null;
  const claims = {
    uid: session.user?.id,
    sessionVersion: session.sessionVersion,
    issuedAt: session.issuedAt,
    lastActivity: session.lastActivity,
  };
  return staffUserFromSession(claims, (id) => getUserById(id), Date.now(), sessionPolicy());
});

/**
 * The current user if they have `role` (admins have every role); throws AuthorizationError (401/403),
 * PasswordChangeRequiredError (403) while the user must first choose their own password.
 */
export async function requireRole(role: StaffRole): Promise<StaffUser> {
  const user = await getStaffUser();
  if (!user) throw new AuthorizationError(401);
  if (user.mustChangePassword) throw new PasswordChangeRequiredError();
  if (!hasRole(user, role)) throw new AuthorizationError(403);
  return user;
}

export function requireEditor(): Promise<StaffUser> {
  return requireRole("editor");
}

export function requireAdmin(): Promise<StaffUser> {
  return requireRole("admin");
}

/**
 * For the staff JSON API (route handlers, which the proxy does not run for): a user with `role`,
 * whose request counts as activity, so a script using the API slides its session as a browser does.
 */
export async function requireRoleForApi(role: StaffRole): Promise<StaffUser> {
  const user = await requireRole(role);
  const jar = await cookies();
  await slideSessionCookie(jar, jar);
  return user;
}

export function requireEditorForApi(): Promise<StaffUser> {
  return requireRoleForApi("editor");
}

export function requireAdminForApi(): Promise<StaffUser> {
  return requireRoleForApi("admin");
}

export type PageAccess = {
  /** "My account" only: the one page open while the user must choose their own password. */
  allowWhilePasswordChangeRequired?: true;
};

/**
 * For pages: signed-out visitors are redirected to the sign-in page (coming back to
 * `callbackPath` afterwards, default the staff home), users who must first choose their own
 * password to "My account", signed-in users without the role get 403.
 */
export async function requireRolePage(role: StaffRole, locale: string, callbackPath?: string, access: PageAccess = {}): Promise<StaffUser> {
  const user = await getStaffUser();
  if (!user) {
    const back = callbackPath && callbackPath.startsWith(`/${locale}/`) ? callbackPath : `/${locale}/staff`;
    redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(back)}`);
  }
  if (user.mustChangePassword && !access.allowWhilePasswordChangeRequired) redirect(`/${locale}/staff/account`);
  if (!hasRole(user, role)) forbidden();
  return user;
}

export function requireEditorPage(locale: string, callbackPath?: string, access?: PageAccess): Promise<StaffUser> {
  return requireRolePage("editor", locale, callbackPath, access);
}

export function requireAdminPage(locale: string, callbackPath?: string): Promise<StaffUser> {
  return requireRolePage("admin", locale, callbackPath);
}
