/**
 * Sign-in throttling, after OWASP's advice against lockouts that anyone can trigger: growing
 * delays instead of a lock, keyed so that one person's typos or one attacker cannot shut out
 * everybody else. Pure: the attempts come from the database (login_attempts), so the delays
 * survive a restart and hold across processes.
 *
 * Keys, each counting its failures since its own latest success, within `windowMs`:
 * - account + address: the usual typo case, and one attacker guessing one account;
 * - account (from any address): an attacker guessing one account from many addresses; a higher
 *   allowance, so that it is not what a typing owner meets first;
 * - account + device: attempts from a browser that signed in to the account before (a signed
 *   device cookie, lib/auth/device-cookie.ts). They count only against that device, so an
 *   attacker elsewhere cannot keep the owner out of their own browser;
 * - address: a generous ceiling on failures from one address over all accounts (password
 *   spraying), never reset by a success. It does not apply to known devices.
 */
export type ThrottlePolicy = {
  /** Failures older than this are forgotten. */
  windowMs: number;
  /** Failures allowed before the first delay, per key. */
  freeFailures: { pair: number; account: number; device: number };
  /** The first delay; each further failure doubles it, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** At most this many failures from one address within `addressWindowMs`. */
  addressCeiling: number;
  addressWindowMs: number;
};

export const defaultThrottlePolicy: ThrottlePolicy = {
  windowMs: 24 * 3_600_000,
  freeFailures: { pair: 5, account: 10, device: 5 },
  baseDelayMs: 60_000,
  maxDelayMs: 3_600_000,
  addressCeiling: 100,
  addressWindowMs: 3_600_000,
};

/** One stored attempt on an account; `device` is the device cookie's id, or null without one. */
export type LoginAttempt = { at: number; success: boolean; ip: string; device: string | null };

/** What the decision reads: the account's attempts within `windowMs`, the address's failures (without a device) within `addressWindowMs`. */
export type AttemptHistory = { accountAttempts: LoginAttempt[]; addressFailureTimes: number[] };

export type ThrottleScope = "pair" | "account" | "device" | "address";

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAt: number; scope: ThrottleScope };

/** The request being decided: where from, and the device id when it carries a valid device cookie for the account. */
export type AttemptOrigin = { ip: string; device: string | null; now: number };

/** Failure times after the latest success among `attempts`, oldest first. */
export function failuresSinceSuccess(attempts: LoginAttempt[]): number[] {
  const lastSuccess = Math.max(-Infinity, ...attempts.filter((a) => a.success).map((a) => a.at));
  return attempts
    .filter((a) => !a.success && a.at > lastSuccess)
    .map((a) => a.at)
    .sort((a, b) => a - b);
}

/**
 * When the next attempt is allowed after `failureTimes` (oldest first), or null if now: the n-th
 * failure beyond the free ones is followed by a delay of base·2ⁿ⁻¹, capped, counted from the latest failure.
 */
export function delayedUntil(failureTimes: number[], free: number, now: number, policy: ThrottlePolicy): number | null {
  const recent = failureTimes.filter((at) => at > now - policy.windowMs && at <= now);
  if (recent.length < free) return null;
  const delay = Math.min(policy.baseDelayMs * 2 ** (recent.length - free), policy.maxDelayMs);
  const until = recent[recent.length - 1] + delay;
  return until > now ? until : null;
}

/** With failures f1 < … < fn in the window and n ≥ ceiling, the address is free again when f(n−ceiling+1) leaves it. */
export function ceilingUntil(failureTimes: number[], now: number, policy: ThrottlePolicy): number | null {
  const recent = failureTimes.filter((at) => at > now - policy.addressWindowMs && at <= now).sort((a, b) => a - b);
  if (recent.length < policy.addressCeiling) return null;
  return recent[recent.length - policy.addressCeiling] + policy.addressWindowMs;
}

/** Whether an attempt from `origin` may be checked now, given the history; when not, until when and which key holds it. */
export function decideThrottle(history: AttemptHistory, origin: AttemptOrigin, policy: ThrottlePolicy = defaultThrottlePolicy): ThrottleDecision {
  const { now } = origin;
  const holds: [ThrottleScope, number | null][] = [];
  if (origin.device !== null) {
    const ofDevice = history.accountAttempts.filter((a) => a.device === origin.device);
    holds.push(["device", delayedUntil(failuresSinceSuccess(ofDevice), policy.freeFailures.device, now, policy)]);
  } else {
    const withoutDevice = history.accountAttempts.filter((a) => a.device === null);
    const fromAddress = withoutDevice.filter((a) => a.ip === origin.ip);
    holds.push(["pair", delayedUntil(failuresSinceSuccess(fromAddress), policy.freeFailures.pair, now, policy)]);
    holds.push(["account", delayedUntil(failuresSinceSuccess(withoutDevice), policy.freeFailures.account, now, policy)]);
    holds.push(["address", ceilingUntil(history.addressFailureTimes, now, policy)]);
  }
  let decision: ThrottleDecision = { allowed: true };
  for (const [scope, until] of holds) {
    if (until !== null && (decision.allowed || until > decision.retryAt)) decision = { allowed: false, retryAt: until, scope };
  }
  return decision;
}

/** `history` with one more failure from `origin`, as the next decision will see it. */
export function withFailure(history: AttemptHistory, origin: AttemptOrigin): AttemptHistory {
  return {
    accountAttempts: [...history.accountAttempts, { at: origin.now, success: false, ip: origin.ip, device: origin.device }],
    addressFailureTimes: origin.device === null ? [...history.addressFailureTimes, origin.now] : history.addressFailureTimes,
  };
}
