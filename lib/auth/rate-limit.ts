/**
 * Sign-in rate limiting: after `maxFailures` failed attempts for one account, or from one address,
 * within `windowMs`, further attempts are refused until enough of those failures leave the window.
 * Pure: the attempts come from the database (login_attempts), so limits survive a restart.
 */
export type RateLimitPolicy = { maxFailures: number; windowMs: number };

export const defaultRateLimitPolicy: RateLimitPolicy = { maxFailures: 5, windowMs: 15 * 60_000 };

export type LoginAttempt = { at: number; success: boolean };

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAt: number };

/**
 * When the key stops being locked, or null if it is not locked now. With failures f1 < … < fn in
 * the window and n ≥ max, the lock lifts when f(n−max+1) leaves the window.
 */
export function lockedUntil(failureTimes: number[], now: number, policy: RateLimitPolicy): number | null {
  const recent = failureTimes.filter((at) => at > now - policy.windowMs && at <= now).sort((a, b) => a - b);
  if (recent.length < policy.maxFailures) return null;
  return recent[recent.length - policy.maxFailures] + policy.windowMs;
}

/**
 * Failures that count against an account: those after its latest successful sign-in, so the
 * rightful owner who finally types the password starts again from zero.
 */
export function accountFailureTimes(attempts: LoginAttempt[]): number[] {
  const lastSuccess = Math.max(-Infinity, ...attempts.filter((a) => a.success).map((a) => a.at));
  return attempts.filter((a) => !a.success && a.at > lastSuccess).map((a) => a.at);
}

/**
 * Address failures never reset on success: otherwise one valid account would let an attacker
 * keep guessing other accounts from the same address.
 */
export function decideRateLimit(
  input: { accountAttempts: LoginAttempt[]; addressFailureTimes: number[]; now: number },
  policy: RateLimitPolicy = defaultRateLimitPolicy,
): RateLimitDecision {
  const account = lockedUntil(accountFailureTimes(input.accountAttempts), input.now, policy);
  const address = lockedUntil(input.addressFailureTimes, input.now, policy);
  if (account === null && address === null) return { allowed: true };
  return { allowed: false, retryAt: Math.max(account ?? 0, address ?? 0) };
}

/**
 * The client address for rate limiting: the first X-Forwarded-For hop (Next.js fills it with the
 * socket address when no proxy set it), else X-Real-IP, else "unknown". Behind a reverse proxy,
 * configure it to overwrite X-Forwarded-For so that clients cannot choose their own address.
 */
export function clientAddress(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded.slice(0, 64);
  const real = headers.get("x-real-ip")?.trim();
  if (real) return real.slice(0, 64);
  return "unknown";
}
