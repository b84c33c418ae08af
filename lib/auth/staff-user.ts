import type { User } from "@/db/schema";

/** Staff roles: admins manage everything including users; editors manage events and the program. */
export type StaffRole = User["role"];

export const staffRoles = ["admin", "editor"] as const satisfies readonly StaffRole[];

/**
 * The signed-in staff member as re-read from the database on every request. While
 * `mustChangePassword` is set (an administrator chose the password), only "My account" and
 * signing out work: pages redirect there, actions and the API refuse.
 */
export type StaffUser = Pick<User, "id" | "email" | "name" | "role" | "mustChangePassword">;

/** Whether `user` may act with `required`: admins may do everything editors may. */
export function hasRole(user: Pick<StaffUser, "role">, required: StaffRole): boolean {
  return required === "editor" ? user.role === "editor" || user.role === "admin" : user.role === "admin";
}

/** Emails are compared case-insensitively: stored trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
