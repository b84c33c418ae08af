import { z } from "zod";
import { errorCode } from "@/lib/errors";
import { singleLineText } from "@/lib/validation/text-fields";
import { newPasswordSchema, PASSWORD_MAX_LENGTH, passwordErrors, passwordProblem } from "./password-policy";
import { staffRoles } from "./staff-user";

/** Zod schemas for sign-in and user administration. Messages are error codes (lib/errors.ts). */

export const emailField = z
  .string({ error: errorCode("auth.errors.emailRequired") })
  .trim()
  .toLowerCase()
  .min(1, { error: errorCode("auth.errors.emailRequired") })
  .max(320, { error: errorCode("auth.errors.emailInvalid") })
  .pipe(z.email({ error: errorCode("auth.errors.emailInvalid") }));

/** A user's display name: optional, one line, under the character rules of every text field. */
export const nameField = singleLineText({ max: 100, tooLong: errorCode("users.errors.nameTooLong") });

export const roleField = z.enum(staffRoles, { error: errorCode("users.errors.roleInvalid") });

export const userIdField = z.coerce.number().int().positive();

/** Sign-in: no password rules (old passwords stay usable), only bounds. */
export const signInSchema = z.object({
  email: emailField,
  password: z
    .string({ error: errorCode("auth.errors.passwordRequired") })
    .min(1, { error: errorCode("auth.errors.passwordRequired") })
    .max(PASSWORD_MAX_LENGTH * 4, { error: errorCode("auth.errors.passwordTooLong") }),
  callbackUrl: z.string().optional(),
});

/** A new account (admin page and `npm run user:create`): the password may not contain the email or name. */
export const newUserSchema = z
  .object({ email: emailField, name: nameField, role: roleField, password: newPasswordSchema() })
  // Runs once the fields are valid: the same rules again, now with the email and name as guessable words.
  .superRefine((user, ctx) => {
    // zod also runs this when a field failed: only add what the field check did not already say.
    if (passwordProblem(user.password) !== null) return;
    const problem = passwordProblem(user.password, [user.email, user.name]);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: passwordErrors[problem] });
  });

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: errorCode("auth.errors.passwordRequired") }).max(PASSWORD_MAX_LENGTH * 4),
    newPassword: z.string(),
    confirmPassword: z.string(),
  })
  .superRefine((input, ctx) => {
    const check = newPasswordSchema().safeParse(input.newPassword);
    for (const issue of check.error?.issues ?? []) ctx.addIssue({ code: "custom", path: ["newPassword"], message: issue.message });
    if (input.newPassword !== input.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: errorCode("auth.errors.passwordMismatch") });
    }
    if (input.newPassword && input.newPassword === input.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: errorCode("auth.errors.passwordUnchanged") });
    }
  });

export const resetPasswordSchema = z.object({ userId: userIdField, password: newPasswordSchema() });

export const setRoleSchema = z.object({ userId: userIdField, role: roleField });

export const setDisabledSchema = z.object({ userId: userIdField, disabled: z.enum(["true", "false"]).transform((v) => v === "true") });
