import "server-only";
import { and, desc, eq, gt, isNull, lt } from "drizzle-orm";
import type { AttemptQuery, SignInStore } from "@/lib/auth/credentials";
import type { AttemptHistory } from "@/lib/auth/rate-limit";
import { getDb, type Db } from "../client";
import { loginAttempts } from "../schema";
import { writeTransaction } from "../transaction";
import { recordAuthAudit } from "./auth-audit";
import { getUserByEmail } from "./users";

/** Enough rows for any decision: the throttle's delays are capped long before this many failures. */
const HISTORY_LIMIT = 500;

/** The account's attempts since `accountSince`, and the address's failures without a device cookie since `addressSince`. */
export function loginAttemptHistory(query: Omit<AttemptQuery, "device" | "at">, db: Db = getDb()): AttemptHistory {
  const account = db
    .select({ at: loginAttempts.at, success: loginAttempts.success, ip: loginAttempts.ip, device: loginAttempts.device })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, query.email), gt(loginAttempts.at, query.accountSince)))
    .orderBy(desc(loginAttempts.at))
    .limit(HISTORY_LIMIT)
    .all();
  const address = db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, query.ip), eq(loginAttempts.success, false), isNull(loginAttempts.device), gt(loginAttempts.at, query.addressSince)))
    .orderBy(desc(loginAttempts.at))
    .limit(HISTORY_LIMIT)
    .all();
  return {
    accountAttempts: account.map((a) => ({ ...a, at: a.at.getTime() })),
    addressFailureTimes: address.map((a) => a.at.getTime()),
  };
}

/** Attempts older than the longest window are useless: dropped now and then to keep the table small. */
export function pruneLoginAttempts(before: Date, db: Db = getDb()): number {
  return db.delete(loginAttempts).where(lt(loginAttempts.at, before)).run().changes;
}

/**
 * The database side of the credential check (lib/auth/credentials.ts). A reservation reads and
 * writes in one BEGIN IMMEDIATE transaction, so attempts racing in other requests or other
 * processes queue behind it and see its row.
 */
export function signInStore(db: Db = getDb()): SignInStore {
  return {
    reserveAttempt: (query, decide) =>
      writeTransaction(db, (tx) => {
        const decision = decide(loginAttemptHistory(query, tx));
        if (!decision.allowed) return decision;
        const row = tx
          .insert(loginAttempts)
          .values({ email: query.email, ip: query.ip, device: query.device, at: query.at, success: false })
          .returning({ id: loginAttempts.id })
          .get();
        return { allowed: true, attemptId: row.id };
      }),
    markSucceeded: (attemptId) => void db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, attemptId)).run(),
    findUser: (email) => getUserByEmail(email, db),
    recordAudit: (entry) => recordAuthAudit(db, entry),
    pruneAttempts: (before) => void pruneLoginAttempts(before, db),
  };
}
