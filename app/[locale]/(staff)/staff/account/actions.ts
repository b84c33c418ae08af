"use server";

import { getTranslations } from "next-intl/server";
import { setUserPassword } from "@/db/queries/users";
import { staffAction } from "@/lib/actions/staff-action";
import { authenticate } from "@/lib/auth/sign-in";
import { hashPassword } from "@/lib/auth/password";
import { formatRetryTime } from "@/lib/auth/retry-time";
import { reissueSessionCookie } from "@/lib/auth/session-reissue";
import { changeOwnPasswordSchema } from "@/lib/auth/user-schemas";
import { UserInputError } from "@/lib/errors";

/**
 * Any staff member changes their own password. The current password is checked like a sign-in
 * (same rate limit and log), other sessions end, and this browser gets a fresh session. The one
 * action open to a user who must replace a temporary password: this is how they do it.
 */
export const changeOwnPasswordAction = staffAction(
  "editor",
  changeOwnPasswordSchema,
  async (input, { user }) => {
    const t = await getTranslations();
    const now = Date.now();
    const check = await authenticate({ email: user.email, password: input.currentPassword, now, purpose: "reauth" });
    if (!check.ok) {
      if (check.reason === "rate_limited") {
        throw new UserInputError("auth.errors.rateLimited", { values: formatRetryTime(check.retryAt, now) });
      }
      throw new UserInputError("staff.errors.invalidInput", { fieldErrors: { currentPassword: ["auth.errors.currentPasswordWrong"] } });
    }
    setUserPassword(user.id, await hashPassword(input.newPassword), user.id, "user.password_change");
    await reissueSessionCookie(user.id);
    return { ok: true, message: t("auth.account.changed") };
  },
  { allowWhilePasswordChangeRequired: true },
);

