"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { createUser, getUserById, setUserDisabled, setUserPassword, setUserRole } from "@/db/queries/users";
import { staffAction } from "@/lib/actions/staff-action";
import { hashPassword } from "@/lib/auth/password";
import { reissueSessionCookie } from "@/lib/auth/session-reissue";
import { newUserSchema, resetPasswordSchema, setDisabledSchema, setRoleSchema } from "@/lib/auth/user-schemas";
import { UserInputError } from "@/lib/errors";

/** User administration: admins only. Each change that affects a user's access ends their sessions. */

async function refreshList(): Promise<void> {
  revalidatePath(`/${await getLocale()}/staff/users`);
}

function emailOf(userId: number): string {
  const user = getUserById(userId);
  if (!user) throw new UserInputError("users.errors.notFound", { status: 400 });
  return user.email;
}

export const createUserAction = staffAction("admin", newUserSchema, async (input, { user }) => {
  const created = createUser({ ...input, passwordHash: await hashPassword(input.password) }, user.id);
  await refreshList();
  return { ok: true, message: (await getTranslations("users"))("create.created", { email: created.email }) };
});

export const setRoleAction = staffAction("admin", setRoleSchema, async (input, { user }) => {
  const email = emailOf(input.userId);
  setUserRole(input.userId, input.role, user.id);
  await refreshList();
  return { ok: true, message: (await getTranslations("users"))("role.changed", { email }) };
});

export const setDisabledAction = staffAction("admin", setDisabledSchema, async (input, { user }) => {
  const email = emailOf(input.userId);
  setUserDisabled(input.userId, input.disabled, user.id);
  await refreshList();
  return { ok: true, message: (await getTranslations("users"))(input.disabled ? "disable.done" : "enable.done", { email }) };
});

/** Someone else's new password is temporary (they choose their own at the next sign-in); one's own is not. */
export const resetPasswordAction = staffAction("admin", resetPasswordSchema, async (input, { user }) => {
  const email = emailOf(input.userId);
  const own = input.userId === user.id;
  setUserPassword(input.userId, await hashPassword(input.password), user.id, "user.password_reset");
  // Resetting one's own password here keeps this browser signed in, like "My account".
  if (own) await reissueSessionCookie(user.id);
  await refreshList();
  return { ok: true, message: (await getTranslations("users"))(own ? "reset.doneOwn" : "reset.done", { email }) };
});
