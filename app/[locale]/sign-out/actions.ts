"use server";

import { getLocale } from "next-intl/server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signOutUser } from "@/db/queries/users";
import { getStaffUser } from "@/lib/auth/session";
import { sessionCookieName, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { markActionRan } from "@/server/request-facts";

/**
 * Ends the session everywhere: bumps the user's session version (so a copied cookie is refused
 * from the next request on) and deletes the cookie in this browser.
 */
export async function signOutAction(): Promise<void> {
  markActionRan();
  const locale = await getLocale();
  const user = await getStaffUser();
  if (user) signOutUser(user.id);
  (await cookies()).set(sessionCookieName(), "", { ...sessionCookieOptions(new Date(0)), maxAge: 0 });
  redirect(`/${locale}/sign-in?signedOut=1`);
}
