import { hasRole, type StaffRole, type StaffUser } from "./staff-user";

/**
 * The staff area's sections and the role each one needs: the navigation shows a user only the
 * sections their role opens (the pages check the same role themselves: requireEditorPage,
 * requireAdminPage). `also` lists paths that belong to a section (the event pages to "Events").
 */
export const STAFF_SECTIONS = [
  { key: "events", path: "/staff", role: "editor", also: ["/staff/events"] },
  { key: "history", path: "/staff/history", role: "admin", also: [] },
  { key: "import", path: "/staff/import", role: "editor", also: [] },
  { key: "users", path: "/staff/users", role: "admin", also: [] },
  { key: "countries", path: "/staff/countries", role: "admin", also: [] },
  { key: "account", path: "/staff/account", role: "editor", also: [] },
] as const satisfies readonly { key: string; path: string; role: StaffRole; also: readonly string[] }[];

export type StaffSection = (typeof STAFF_SECTIONS)[number];

/**
 * The sections `user` may open, in navigation order: only "My account" while they must choose
 * their own password (every other page redirects there).
 */
export function staffSectionsFor(user: Pick<StaffUser, "role" | "mustChangePassword">): StaffSection[] {
  return STAFF_SECTIONS.filter((section) => (user.mustChangePassword ? section.key === "account" : hasRole(user, section.role)));
}
