import { describe, expect, it } from "vitest";
import { changeOwnPasswordSchema, newUserSchema, signInSchema } from "./user-schemas";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("newUserSchema", () => {
  it("normalizes the email and accepts a strong password", () => {
    const result = newUserSchema.safeParse({ email: "  Tanaka@Example.ORG ", name: " Tanaka ", role: "editor", password: "Sakura-Fuji-2023-Jakarta" });
    expect(result.success && result.data).toEqual({ email: "tanaka@example.org", name: "Tanaka", role: "editor", password: "Sakura-Fuji-2023-Jakarta" });
  });

  it("reports each bad field with an error code", () => {
    const result = newUserSchema.safeParse({ email: "not-an-email", role: "owner", password: "password1234" });
    expect(messages(result)).toEqual({
      email: "auth.errors.emailInvalid",
      role: "users.errors.roleInvalid",
      password: "auth.errors.passwordTooWeak",
    });
  });

  it("refuses a password made of the user's own email", () => {
    const result = newUserSchema.safeParse({ email: "hiroshi.tanaka2023@example.org", name: "", role: "admin", password: "hiroshi.tanaka2023" });
    expect(messages(result)).toEqual({ password: "auth.errors.passwordTooWeak" });
  });
});

describe("changeOwnPasswordSchema", () => {
  it("requires the confirmation to match and the password to change", () => {
    expect(messages(changeOwnPasswordSchema.safeParse({ currentPassword: "old", newPassword: "Sakura-Fuji-2023-Jakarta", confirmPassword: "other" }))).toEqual({
      confirmPassword: "auth.errors.passwordMismatch",
    });
    const same = "Sakura-Fuji-2023-Jakarta";
    expect(messages(changeOwnPasswordSchema.safeParse({ currentPassword: same, newPassword: same, confirmPassword: same }))).toEqual({
      newPassword: "auth.errors.passwordUnchanged",
    });
  });
});

describe("signInSchema", () => {
  it("does not apply the new-password rules to sign-in", () => {
    expect(signInSchema.safeParse({ email: "a@example.org", password: "short" }).success).toBe(true);
    expect(messages(signInSchema.safeParse({ email: "", password: "" }))).toEqual({ email: "auth.errors.emailRequired", password: "auth.errors.passwordRequired" });
  });
});

describe("newUserSchema messages", () => {
  it("reports a weak password once, not once per check", () => {
    const result = newUserSchema.safeParse({ email: "b@example.test", role: "editor", password: "password1234" });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["auth.errors.passwordTooWeak"]);
  });
});
