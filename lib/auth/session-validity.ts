import type { SessionPolicy } from "./session-policy";

/** What the session JWT carries about its user (see types/next-auth.d.ts). */
export type SessionClaims = {
  uid: number;
  sessionVersion: number;
  /** Sign-in time, ms since the epoch: the absolute limit counts from here. */
  issuedAt: number;
  /** Last request that refreshed the session, ms since the epoch: the idle limit counts from here. */
  lastActivity: number;
};

export type SessionCheck =
  | { valid: true }
  | { valid: false; reason: "no_claims" | "idle" | "absolute" | "unknown_user" | "disabled" | "revoked" };

/** Expiry alone, without the database: used where only the token is at hand (jwt callback, proxy). */
export function checkSessionTimes(claims: SessionClaims, now: number, policy: SessionPolicy): SessionCheck {
  if (now - claims.issuedAt >= policy.maxMs) return { valid: false, reason: "absolute" };
  if (now - claims.lastActivity >= policy.idleMs) return { valid: false, reason: "idle" };
  return { valid: true };
}

/**
 * A session is valid while it is within both time limits and its user still exists, is enabled,
 * and has the session version the token was issued with (bumped on sign-out, disable, role or
 * password change, so those end every existing session at once).
 */
export function checkSession(
  claims: Partial<SessionClaims> | null | undefined,
  user: { disabled: boolean; sessionVersion: number } | null | undefined,
  now: number,
  policy: SessionPolicy,
): SessionCheck {
  if (!isCompleteClaims(claims)) return { valid: false, reason: "no_claims" };
  const times = checkSessionTimes(claims, now, policy);
  if (!times.valid) return times;
  if (!user) return { valid: false, reason: "unknown_user" };
  if (user.disabled) return { valid: false, reason: "disabled" };
  if (user.sessionVersion !== claims.sessionVersion) return { valid: false, reason: "revoked" };
  return { valid: true };
}

export function isCompleteClaims(claims: Partial<SessionClaims> | null | undefined): claims is SessionClaims {
  return (
    !!claims &&
    Number.isInteger(claims.uid) &&
    Number.isInteger(claims.sessionVersion) &&
    Number.isFinite(claims.issuedAt) &&
    Number.isFinite(claims.lastActivity)
  );
}

/** When the session cookie should expire: the idle limit from now, capped by the absolute limit. */
export function sessionExpiry(claims: Pick<SessionClaims, "issuedAt">, now: number, policy: SessionPolicy): number {
  return Math.min(now + policy.idleMs, claims.issuedAt + policy.maxMs);
}
