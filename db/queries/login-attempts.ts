import "server-only";
import { and, desc, eq, gt, lt } from "drizzle-orm";
import type { SignInStore } from "@/lib/auth/credentials";
import type { LoginAttempt } from "@/lib/auth/rate-limit";
import { getDb, type Db } from "../client";
import { loginAttempts } from "../schema";
import { recordAuthAudit } from "./auth-audit";
import { getUserByEmail } from "./users";

/** Attempts that matter for the rate limit of `email` and `ip` since `since`. */
export function recentLoginAttempts(
  input: { email: string; ip: string; since: Date },
  db: Db = getDb(),
): { accountAttempts: LoginAttempt[]; addressFailureTimes: number[] } {
  const account = db
    .select({ at: loginAttempts.at, success: loginAttempts.success })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, input.email), gt(loginAttempts.at, input.since)))
    .orderBy(desc(loginAttempts.at))
    .limit(200)
    .all();
  const address = db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, input.ip), eq(loginAttempts.success, false), gt(loginAttempts.at, input.since)))
    .orderBy(desc(loginAttempts.at))
    .limit(200)
    .all();
  return {
    accountAttempts: account.map((a) => ({ at: a.at.getTime(), success: a.success })),
    addressFailureTimes: address.map((a) => a.at.getTime()),
  };
}

export function recordLoginAttempt(input: { email: string; ip: string; success: boolean; at: Date }, db: Db = getDb()): void {
  db.insert(loginAttempts).values(input).run();
}

/** Attempts older than the longest window are useless: dropped now and then to keep the table small. */
export function pruneLoginAttempts(before: Date, db: Db = getDb()): number {
  return db.delete(loginAttempts).where(lt(loginAttempts.at, before)).run().changes;
}

/** The database side of the credential check (lib/auth/credentials.ts). */
export function signInStore(db: Db = getDb()): SignInStore {
  return {
    recentAttempts: (query) => recentLoginAttempts(query, db),
    findUser: (email) => getUserByEmail(email, db),
    recordAttempt: (attempt) => recordLoginAttempt(attempt, db),
    recordAudit: (entry) => recordAuthAudit(db, entry),
    pruneAttempts: (before) => void pruneLoginAttempts(before, db),
  };
}
