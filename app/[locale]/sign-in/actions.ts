"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { currentLocale } from "@/i18n/current-locale";
import { errorTranslator } from "@/i18n/error-messages";
import { failure, parseForm, type ActionState } from "@/lib/actions/staff-action";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { authenticate, rememberDevice } from "@/lib/auth/sign-in";
import { formatRetryTime } from "@/lib/auth/retry-time";
import { encodeSessionToken, newSessionToken, sessionCookieName, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { sessionPolicy } from "@/lib/auth/session-policy";
import { signInSchema } from "@/lib/auth/user-schemas";
import { markActionRan } from "@/server/request-facts";

/**
 * Sign-in as a server action, so the form works without JavaScript. It runs the same credential
 * check as next-auth's credentials provider and writes next-auth's own session cookie, and makes
 * this browser a known device of the account (lib/auth/device-cookie.ts).
 * (Server actions are POST endpoints: Next rejects those whose Origin is not this host.)
 */
export async function signInAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  markActionRan();
  const locale = await currentLocale();
  const translate = errorTranslator(locale);
  const parsed = parseForm(signInSchema, formData, locale);
  if (!parsed.ok) return failure(formData, { fieldErrors: parsed.fieldErrors, formError: parsed.formErrors.join(" ") || undefined, status: parsed.status });

  const now = Date.now();
  const result = await authenticate({ email: parsed.data.email, password: parsed.data.password, now });
  if (!result.ok) {
    if (result.reason === "rate_limited") {
      return failure(formData, { formError: translate("auth.errors.rateLimited", formatRetryTime(result.retryAt, now)), status: 429 });
    }
    return failure(formData, { formError: translate("auth.errors.invalidCredentials"), status: 401 });
  }

  const cookie = await encodeSessionToken(newSessionToken(result.user, now), now, sessionPolicy());
  (await cookies()).set(sessionCookieName(), cookie.value, sessionCookieOptions(cookie.expires));
  await rememberDevice(result.user.email);
  redirect(safeCallbackPath(parsed.data.callbackUrl, locale));
}
