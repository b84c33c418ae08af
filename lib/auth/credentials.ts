import type { User } from "@/db/schema";
import { PASSWORD_MAX_LENGTH } from "./password-policy";
import { decideThrottle, defaultThrottlePolicy, withFailure, type AttemptHistory, type ThrottleDecision, type ThrottlePolicy } from "./rate-limit";
import type { SessionSubject } from "./session-cookie";
import { normalizeEmail } from "./staff-user";

export type AuthenticationResult =
  | { ok: true; user: SessionSubject }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAt: number };

export type CredentialInput = {
  email: string;
  password: string;
  ip: string;
  /** The device id of a valid device cookie for this email (lib/auth/device-cookie.ts), else null. */
  device?: string | null;
  now?: number;
  /** "reauth": a signed-in user confirming their current password (same limits, logged as such). */
  purpose?: "sign_in" | "reauth";
};

type SignInAuditAction = "auth.sign_in" | "auth.sign_in_failed" | "auth.locked_out";

/** Which attempts the throttle reads: the account's since `accountSince`, the address's failures without a device since `addressSince`. */
export type AttemptQuery = { email: string; ip: string; device: string | null; at: Date; accountSince: Date; addressSince: Date };

/** An attempt allowed and recorded (as a failure until marked otherwise), or the throttle's refusal. */
export type Reservation = { allowed: true; attemptId: number } | Extract<ThrottleDecision, { allowed: false }>;

/** What the check reads and writes; db/queries/login-attempts.ts's signInStore() is the database's. */
export type SignInStore = {
  /**
   * Atomically (one write transaction): reads the history, asks `decide`, and when allowed records
   * the attempt as a failure, so that parallel attempts see it before its password is checked.
   */
  reserveAttempt(query: AttemptQuery, decide: (history: AttemptHistory) => ThrottleDecision): Reservation;
  /** Marks a reserved attempt as the success it turned out to be. */
  markSucceeded(attemptId: number): void;
  findUser(email: string): Pick<User, "id" | "email" | "name" | "role" | "disabled" | "passwordHash" | "sessionVersion"> | undefined;
  recordAudit(entry: { action: SignInAuditAction; actorId: number | null; targetUserId: number | null; detail: string; at: Date }): void;
  /** Drops attempts older than `before`. */
  pruneAttempts(before: Date): void;
};

export type CredentialDeps = {
  store: SignInStore;
  verifyPassword: (passwordHash: string, password: string) => Promise<boolean>;
  /** A hash of the same cost to verify against when the email is unknown. */
  dummyPasswordHash: () => Promise<string>;
  policy?: ThrottlePolicy;
  /** 0 ≤ x < 1; decides when old attempts are pruned. */
  random?: () => number;
};

const WEEK_MS = 7 * 24 * 3_600_000;

/**
 * The one credential check behind every sign-in path (our sign-in form, next-auth's credentials
 * provider, and the password change). Unknown email, wrong password and disabled account give the
 * same answer after the same single argon2 verification; the real reason only goes to the audit log.
 * The attempt is reserved (throttle decided and attempt recorded, atomically) before the password
 * is verified, so parallel attempts cannot all pass the throttle before any of them is counted.
 */
export async function checkCredentials(input: CredentialInput, deps: CredentialDeps): Promise<AuthenticationResult> {
  const { store } = deps;
  const policy = deps.policy ?? defaultThrottlePolicy;
  const purpose = input.purpose ?? "sign_in";
  const now = input.now ?? Date.now();
  const at = new Date(now);
  const email = normalizeEmail(input.email).slice(0, 320);
  const origin = { ip: input.ip, device: input.device ?? null, now };
  const where = `email=${email} ip=${input.ip}${origin.device ? " device=known" : ""}`;
  const query = { email, ip: input.ip, device: origin.device, at, accountSince: new Date(now - policy.windowMs), addressSince: new Date(now - policy.addressWindowMs) };
  let seen: AttemptHistory = { accountAttempts: [], addressFailureTimes: [] };
  const reservation = store.reserveAttempt(query, (history) => decideThrottle((seen = history), origin, policy));
  if (!reservation.allowed) {
    console.warn(`[auth] refused (throttled: ${reservation.scope}) ${where} until=${new Date(reservation.retryAt).toISOString()}`);
    return { ok: false, reason: "rate_limited", retryAt: reservation.retryAt };
  }

  const user = store.findUser(email);
  // Oversized input is not hashed in full, but still costs one verification.
  const password = input.password.slice(0, PASSWORD_MAX_LENGTH * 4);
  const matches = await deps.verifyPassword(user?.passwordHash ?? (await deps.dummyPasswordHash()), password);
  const success = !!user && matches && !user.disabled;

  if (success) {
    store.markSucceeded(reservation.attemptId);
    store.recordAudit({ action: "auth.sign_in", actorId: user.id, targetUserId: user.id, detail: `ip=${input.ip} purpose=${purpose}`, at });
    if ((deps.random ?? Math.random)() < 0.05) store.pruneAttempts(new Date(now - WEEK_MS));
    return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
  }

  const why = !user ? "unknown_email" : user.disabled && matches ? "disabled" : "wrong_password";
  const targetUserId = user?.id ?? null;
  store.recordAudit({ action: "auth.sign_in_failed", actorId: null, targetUserId, detail: `${where} reason=${why} purpose=${purpose}`, at });
  // The failure is already counted; when it makes the next attempt wait, the log says so.
  const next = decideThrottle(withFailure(seen, origin), origin, policy);
  if (!next.allowed) {
    const until = new Date(next.retryAt).toISOString();
    store.recordAudit({ action: "auth.locked_out", actorId: null, targetUserId, detail: `${next.scope} ${where} until=${until}`, at });
  }
  return { ok: false, reason: "invalid" };
}
