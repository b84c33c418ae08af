import { describe, expect, it } from "vitest";
import { parseSessionPolicy } from "./session-policy";
import { checkSession, sessionExpiry, type SessionClaims } from "./session-validity";
import { staffUserFromSession } from "./staff-user-from-session";

const policy = parseSessionPolicy({});
const min = 60_000;
const hour = 60 * min;
const signIn = Date.UTC(2023, 8, 5, 0, 0);
const claims: SessionClaims = { uid: 7, sessionVersion: 3, issuedAt: signIn, lastActivity: signIn };
const user = { id: 7, email: "e@example.test", name: "E", role: "editor" as const, mustChangePassword: false, disabled: false, sessionVersion: 3 };

describe("parseSessionPolicy", () => {
  it("defaults to 30 minutes idle and 12 hours absolute, configurable by environment", () => {
    expect(policy).toEqual({ idleMs: 30 * min, maxMs: 12 * hour });
    expect(parseSessionPolicy({ SESSION_IDLE_MINUTES: "5", SESSION_MAX_HOURS: "1" })).toEqual({ idleMs: 5 * min, maxMs: hour });
    expect(() => parseSessionPolicy({ SESSION_IDLE_MINUTES: "zero" })).toThrow(/SESSION_IDLE_MINUTES/);
    expect(() => parseSessionPolicy({ SESSION_MAX_HOURS: "0" })).toThrow(/SESSION_MAX_HOURS/);
  });
});

describe("checkSession", () => {
  it("accepts a fresh session of an enabled user with the same session version", () => {
    expect(checkSession(claims, user, signIn + min, policy)).toEqual({ valid: true });
  });

  it("ends a session after 30 minutes without activity", () => {
    expect(checkSession(claims, user, signIn + 30 * min - 1, policy).valid).toBe(true);
    expect(checkSession(claims, user, signIn + 30 * min, policy)).toEqual({ valid: false, reason: "idle" });
  });

  it("ends an active session 12 hours after sign-in", () => {
    const active = { ...claims, lastActivity: signIn + 12 * hour - min };
    expect(checkSession(active, user, signIn + 12 * hour - 1, policy).valid).toBe(true);
    expect(checkSession(active, user, signIn + 12 * hour, policy)).toEqual({ valid: false, reason: "absolute" });
  });

  it("rejects tokens of disabled, deleted or re-versioned users", () => {
    const now = signIn + min;
    expect(checkSession(claims, { ...user, disabled: true }, now, policy)).toEqual({ valid: false, reason: "disabled" });
    expect(checkSession(claims, null, now, policy)).toEqual({ valid: false, reason: "unknown_user" });
    expect(checkSession(claims, { ...user, sessionVersion: 4 }, now, policy)).toEqual({ valid: false, reason: "revoked" });
    expect(checkSession({ uid: 7 }, user, now, policy)).toEqual({ valid: false, reason: "no_claims" });
  });
});

describe("staffUserFromSession", () => {
  it("takes the role and whether a password must be chosen from the database, not from the token", () => {
    const promoted = { ...user, role: "admin" as const };
    expect(staffUserFromSession(claims, () => promoted, signIn + min, policy)).toEqual({ id: 7, email: "e@example.test", name: "E", role: "admin", mustChangePassword: false });
    expect(staffUserFromSession(claims, () => ({ ...user, mustChangePassword: true }), signIn + min, policy)).toMatchObject({ mustChangePassword: true });
    expect(staffUserFromSession(claims, () => undefined, signIn + min, policy)).toBeNull();
    expect(staffUserFromSession(null, () => user, signIn + min, policy)).toBeNull();
  });
});

describe("sessionExpiry", () => {
  it("is the idle limit from now, capped by the absolute limit", () => {
    expect(sessionExpiry(claims, signIn + hour, policy)).toBe(signIn + hour + 30 * min);
    expect(sessionExpiry(claims, signIn + 12 * hour - 10 * min, policy)).toBe(signIn + 12 * hour);
  });
});
