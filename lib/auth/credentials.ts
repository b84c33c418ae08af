import type { User } from "@/db/schema";
import { PASSWORD_MAX_LENGTH } from "./password-policy";
import { accountFailureTimes, decideRateLimit, defaultRateLimitPolicy, lockedUntil, type LoginAttempt } from "./rate-limit";
import { normalizeEmail, type StaffUser } from "./staff-user";

export type AuthenticationResult =
  | { ok: true; user: StaffUser & { sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAt: number };

export type CredentialInput = {
  email: string;
  password: string;
  ip: string;
  now?: number;
  /** "reauth": a signed-in user confirming their current password (same limits, logged as such). */
  purpose?: "sign_in" | "reauth";
};

type SignInAuditAction = "auth.sign_in" | "auth.sign_in_failed" | "auth.locked_out";

/** What the check reads and writes; db/queries/login-attempts.ts's signInStore() is the database's. */
export type SignInStore = {
  recentAttempts(query: { email: string; ip: string; since: Date }): { accountAttempts: LoginAttempt[]; addressFailureTimes: number[] };
  findUser(email: string): Pick<User, "id" | "email" | "name" | "role" | "disabled" | "passwordHash" | "sessionVersion"> | undefined;
  recordAttempt(attempt: { email: string; ip: string; success: boolean; at: Date }): void;
  recordAudit(entry: { action: SignInAuditAction; actorId: number | null; targetUserId: number | null; detail: string; at: Date }): void;
  /** Drops attempts older than `before`. */
  pruneAttempts(before: Date): void;
};

export type CredentialDeps = {
  store: SignInStore;
  verifyPassword: (passwordHash: string, password: string) => Promise<boolean>;
  /** A hash of the same cost to verify against when the email is unknown. */
  dummyPasswordHash: () => Promise<string>;
  /** 0 ≤ x < 1; decides when old attempts are pruned. */
  random?: () => number;
};

const WEEK_MS = 7 * 24 * 3_600_000;

/**
 * The one credential check behind every sign-in path (our sign-in form, next-auth's credentials
 * provider, and the password change). Unknown email, wrong password and disabled account give the
 * same answer after the same single argon2 verification; the real reason only goes to the audit log.
 */
export async function checkCredentials(input: CredentialInput, deps: CredentialDeps): Promise<AuthenticationResult> {
  const { store } = deps;
  const purpose = input.purpose ?? "sign_in";
  const now = input.now ?? Date.now();
  const email = normalizeEmail(input.email).slice(0, 320);
  const policy = defaultRateLimitPolicy;
  const before = store.recentAttempts({ email, ip: input.ip, since: new Date(now - policy.windowMs) });
  const decision = decideRateLimit({ ...before, now }, policy);
  if (!decision.allowed) {
    console.warn(`[auth] refused (rate limited) email=${email} ip=${input.ip} until=${new Date(decision.retryAt).toISOString()}`);
    return { ok: false, reason: "rate_limited", retryAt: decision.retryAt };
  }

  const user = store.findUser(email);
  // Oversized input is not hashed in full, but still costs one verification.
  const password = input.password.slice(0, PASSWORD_MAX_LENGTH * 4);
  const matches = await deps.verifyPassword(user?.passwordHash ?? (await deps.dummyPasswordHash()), password);
  const success = !!user && matches && !user.disabled;
  const at = new Date(now);
  store.recordAttempt({ email, ip: input.ip, success, at });

  if (success) {
    store.recordAudit({ action: "auth.sign_in", actorId: user.id, targetUserId: user.id, detail: `ip=${input.ip} purpose=${purpose}`, at });
    if ((deps.random ?? Math.random)() < 0.05) store.pruneAttempts(new Date(now - WEEK_MS));
    return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
  }

  const why = !user ? "unknown_email" : user.disabled && matches ? "disabled" : "wrong_password";
  const targetUserId = user?.id ?? null;
  store.recordAudit({ action: "auth.sign_in_failed", actorId: null, targetUserId, detail: `email=${email} ip=${input.ip} reason=${why} purpose=${purpose}`, at });
  const accountLock = lockedUntil(accountFailureTimes([...before.accountAttempts, { at: now, success: false }]), now, policy);
  const addressLock = lockedUntil([...before.addressFailureTimes, now], now, policy);
  if (accountLock !== null || addressLock !== null) {
    const scope = accountLock !== null ? "account" : "address";
    store.recordAudit({ action: "auth.locked_out", actorId: null, targetUserId, detail: `${scope} email=${email} ip=${input.ip}`, at });
  }
  return { ok: false, reason: "invalid" };
}
