import "server-only";
import { and, asc, count, eq, ne, or, sql } from "drizzle-orm";
import { normalizeEmail, type StaffRole } from "@/lib/auth/staff-user";
import { UserInputError } from "@/lib/errors";
import { getDb, type Db } from "../client";
import { users, type User } from "../schema";
import { writeTransaction } from "../transaction";
import { recordAuthAudit } from "./auth-audit";
import { likeContains } from "./event-conditions";

/** What staff pages may show about a user: never the password hash. */
export type UserSummary = Pick<User, "id" | "email" | "name" | "role" | "disabled" | "mustChangePassword" | "createdAt" | "updatedAt">;

const summaryColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabled: users.disabled,
  mustChangePassword: users.mustChangePassword,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

export function getUserById(id: number, db: Db = getDb()): User | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function getUserByEmail(email: string, db: Db = getDb()): User | undefined {
  return db.select().from(users).where(eq(users.email, normalizeEmail(email))).get();
}

export type UserListRow = UserSummary & { lastSignInAt: Date | null };

/** The users list: every account, or those whose email or name holds `q`, with their last sign-in. */
export function listUsers(opts: { q?: string } = {}, db: Db = getDb()): UserListRow[] {
  // Columns are written qualified: inside the subquery a bare "id" would be the audit row's.
  const lastSignIn = sql<number | null>`(SELECT max("audit_log"."at") FROM "audit_log" WHERE "audit_log"."action" = 'auth.sign_in' AND "audit_log"."user_id" = "users"."id")`;
  const q = opts.q?.trim();
  return db
    .select({ ...summaryColumns, lastSignIn })
    .from(users)
    .where(q ? or(likeContains(users.email, q), likeContains(users.name, q)) : undefined)
    .orderBy(asc(users.email))
    .all()
    .map(({ lastSignIn: at, ...user }) => ({ ...user, lastSignInAt: at === null ? null : new Date(at) }));
}

/**
 * A new account. One an admin adds (`actorId` set) has a password the admin chose: a temporary one,
 * which the user must replace at their first sign-in. The CLI (`actorId` null, the first admin) does not flag.
 */
export function createUser(
  input: { email: string; name: string; role: StaffRole; passwordHash: string },
  actorId: number | null,
  db: Db = getDb(),
): UserSummary {
  const email = normalizeEmail(input.email);
  return writeTransaction(db, (tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
      throw new UserInputError("users.errors.emailTaken", { status: 409, fieldErrors: { email: ["users.errors.emailTaken"] } });
    }
    const now = new Date();
    const mustChangePassword = actorId !== null;
    const row = tx
      .insert(users)
      .values({ email, name: input.name.trim(), role: input.role, passwordHash: input.passwordHash, mustChangePassword, createdAt: now, updatedAt: now })
      .returning(summaryColumns)
      .get();
    recordAuthAudit(tx, { action: "user.create", actorId, targetUserId: row.id, detail: email, after: { email, name: row.name, role: row.role, mustChangePassword } });
    return row;
  });
}

/** Active admins other than `exceptId`: at least one must always remain. */
function otherActiveAdmins(tx: Db, exceptId: number): number {
  return tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.disabled, false), ne(users.id, exceptId)))
    .get()!.n;
}

function requireUser(tx: Db, id: number): User {
  const user = getUserById(id, tx);
  if (!user) throw new UserInputError("users.errors.notFound", { status: 400 });
  return user;
}

/** Every change below bumps session_version, which ends the user's existing sessions at once. */
const bumped = { sessionVersion: sql`${users.sessionVersion} + 1` };

export function setUserDisabled(id: number, disabled: boolean, actorId: number, db: Db = getDb()): void {
  writeTransaction(db, (tx) => {
    const user = requireUser(tx, id);
    if (user.disabled === disabled) return;
    if (disabled && user.role === "admin" && otherActiveAdmins(tx, id) === 0) {
      throw new UserInputError("users.errors.lastAdmin", { status: 409 });
    }
    tx.update(users).set({ disabled, ...bumped, updatedAt: new Date() }).where(eq(users.id, id)).run();
    recordAuthAudit(tx, {
      action: disabled ? "user.disable" : "user.enable",
      actorId,
      targetUserId: id,
      detail: user.email,
      before: { disabled: user.disabled },
      after: { disabled },
    });
  });
}

export function setUserRole(id: number, role: StaffRole, actorId: number, db: Db = getDb()): void {
  writeTransaction(db, (tx) => {
    const user = requireUser(tx, id);
    if (user.role === role) return;
    if (user.role === "admin" && !user.disabled && otherActiveAdmins(tx, id) === 0) {
      throw new UserInputError("users.errors.lastAdmin", { status: 409 });
    }
    tx.update(users).set({ role, ...bumped, updatedAt: new Date() }).where(eq(users.id, id)).run();
    recordAuthAudit(tx, { action: "user.role_change", actorId, targetUserId: id, detail: user.email, before: { role: user.role }, after: { role } });
  });
}

/**
 * A new password. One an admin sets for someone else ("user.password_reset") is temporary: the user
 * must choose their own at the next sign-in. One chosen by the user themselves (their own change, or
 * an admin resetting their own) clears that.
 */
export function setUserPassword(
  id: number,
  passwordHash: string,
  actorId: number,
  action: "user.password_reset" | "user.password_change",
  db: Db = getDb(),
): void {
  writeTransaction(db, (tx) => {
    const user = requireUser(tx, id);
    const mustChangePassword = action === "user.password_reset" && actorId !== id;
    tx.update(users).set({ passwordHash, mustChangePassword, ...bumped, updatedAt: new Date() }).where(eq(users.id, id)).run();
    recordAuthAudit(tx, { action, actorId, targetUserId: id, detail: user.email, after: { mustChangePassword } });
  });
}

/** Sign-out: the token in the browser may still be copied somewhere; this makes it worthless. */
export function signOutUser(id: number, db: Db = getDb()): void {
  writeTransaction(db, (tx) => {
    const user = getUserById(id, tx);
    if (!user) return;
    tx.update(users).set({ ...bumped, updatedAt: new Date() }).where(eq(users.id, id)).run();
    recordAuthAudit(tx, { action: "auth.sign_out", actorId: id, targetUserId: id, detail: user.email });
  });
}
