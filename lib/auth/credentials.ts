import "server-only";
import { recordAuthAudit } from "@/db/queries/auth-audit";
import { pruneLoginAttempts, recentLoginAttempts, recordLoginAttempt } from "@/db/queries/login-attempts";
import { getUserByEmail, normalizeEmail } from "@/db/queries/users";
import { getDb } from "@/db/client";
import { dummyPasswordHash, verifyPassword } from "./password";
import { PASSWORD_MAX_LENGTH } from "./password-policy";
import { decideRateLimit, defaultRateLimitPolicy, lockedUntil, accountFailureTimes } from "./rate-limit";
import type { StaffUser } from "./staff-user";

export type AuthenticationResult =
  | { ok: true; user: StaffUser & { sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAt: number };

/**
 * The one credential check behind every sign-in path (our sign-in form and next-auth's
 * credentials provider). Unknown email, wrong password and disabled account give the same
 * answer after the same argon2 work; the real reason only goes to the audit log.
 */
export async function authenticate(input: {
  email: string;
  password: string;
  ip: string;
  now?: number;
  /** "reauth": a signed-in user confirming their current password (same limits, logged as such). */
  purpose?: "sign_in" | "reauth";
}): Promise<AuthenticationResult> {
  const purpose = input.purpose ?? "sign_in";
  const now = input.now ?? Date.now();
  const email = normalizeEmail(input.email).slice(0, 320);
  const policy = defaultRateLimitPolicy;
  const db = getDb();
  const since = new Date(now - policy.windowMs);
  const before = recentLoginAttempts({ email, ip: input.ip, since }, db);
  const decision = decideRateLimit({ ...before, now }, policy);
  if (!decision.allowed) {
    console.warn(`[auth] refused (rate limited) email=${email} ip=${input.ip} until=${new Date(decision.retryAt).toISOString()}`);
    return { ok: false, reason: "rate_limited", retryAt: decision.retryAt };
  }

  const user = getUserByEmail(email, db);
  // Oversized input is not hashed in full, but still costs one verification.
  const password = input.password.slice(0, PASSWORD_MAX_LENGTH * 4);
  const matches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  const success = !!user && matches && !user.disabled;
  const at = new Date(now);
  recordLoginAttempt({ email, ip: input.ip, success, at }, db);

  if (success) {
    recordAuthAudit(db, { action: "auth.sign_in", actorId: user.id, targetUserId: user.id, detail: `ip=${input.ip} purpose=${purpose}`, at });
    if (Math.random() < 0.05) pruneLoginAttempts(new Date(now - 7 * 24 * 3_600_000), db);
    return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
  }

  const why = !user ? "unknown_email" : user.disabled && matches ? "disabled" : "wrong_password";
  recordAuthAudit(db, { action: "auth.sign_in_failed", actorId: null, targetUserId: user?.id ?? null, detail: `email=${email} ip=${input.ip} reason=${why} purpose=${purpose}`, at });
  const accountLock = lockedUntil(accountFailureTimes([...before.accountAttempts, { at: now, success: false }]), now, policy);
  const addressLock = lockedUntil([...before.addressFailureTimes, now], now, policy);
  if (accountLock !== null || addressLock !== null) {
    const scope = accountLock !== null ? "account" : "address";
    recordAuthAudit(db, { action: "auth.locked_out", actorId: null, targetUserId: user?.id ?? null, detail: `${scope} email=${email} ip=${input.ip}`, at });
  }
  return { ok: false, reason: "invalid" };
}
