import { describe, expect, it } from "vitest";
import { accountFailureTimes, clientAddress, decideRateLimit, lockedUntil, type LoginAttempt } from "./rate-limit";

const policy = { maxFailures: 5, windowMs: 15 * 60_000 };
const min = 60_000;
const t0 = Date.UTC(2023, 8, 5, 1, 0);
const failures = (...minutes: number[]): LoginAttempt[] => minutes.map((m) => ({ at: t0 + m * min, success: false }));

describe("lockedUntil", () => {
  it("allows four failures and locks on the fifth until the oldest leaves the window", () => {
    expect(lockedUntil([0, 1, 2, 3].map((m) => t0 + m * min), t0 + 4 * min, policy)).toBeNull();
    const five = [0, 1, 2, 3, 4].map((m) => t0 + m * min);
    expect(lockedUntil(five, t0 + 4 * min, policy)).toBe(t0 + 15 * min);
    expect(lockedUntil(five, t0 + 15 * min - 1, policy)).toBe(t0 + 15 * min);
    expect(lockedUntil(five, t0 + 15 * min, policy)).toBeNull();
  });

  it("ignores failures outside the window", () => {
    const times = [-20, -16, 1, 2, 3, 4].map((m) => t0 + m * min);
    expect(lockedUntil(times, t0 + 5 * min, policy)).toBeNull();
  });
});

describe("decideRateLimit", () => {
  it("counts only failures after the account's latest success", () => {
    const attempts = [...failures(0, 1, 2, 3), { at: t0 + 4 * min, success: true }, ...failures(5)];
    expect(accountFailureTimes(attempts)).toEqual([t0 + 5 * min]);
    expect(decideRateLimit({ accountAttempts: attempts, addressFailureTimes: [], now: t0 + 6 * min }, policy)).toEqual({ allowed: true });
  });

  it("locks an account after five failures from any addresses", () => {
    const decision = decideRateLimit({ accountAttempts: failures(0, 2, 4, 6, 8), addressFailureTimes: [], now: t0 + 9 * min }, policy);
    expect(decision).toEqual({ allowed: false, retryAt: t0 + 15 * min });
  });

  it("locks an address after five failures on any accounts, and a success does not reset it", () => {
    const address = [0, 1, 2, 3, 4].map((m) => t0 + m * min);
    const decision = decideRateLimit({ accountAttempts: [{ at: t0 + 5 * min, success: true }], addressFailureTimes: address, now: t0 + 6 * min }, policy);
    expect(decision).toEqual({ allowed: false, retryAt: t0 + 15 * min });
  });

  it("waits for the later of the two locks", () => {
    const decision = decideRateLimit(
      { accountAttempts: failures(0, 1, 2, 3, 4), addressFailureTimes: [5, 6, 7, 8, 9].map((m) => t0 + m * min), now: t0 + 10 * min },
      policy,
    );
    expect(decision).toEqual({ allowed: false, retryAt: t0 + 20 * min });
  });
});

describe("clientAddress", () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  it("takes the first X-Forwarded-For hop, then X-Real-IP, then 'unknown'", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "x-real-ip": "198.51.100.1" }))).toBe("203.0.113.7");
    expect(clientAddress(headers({ "x-real-ip": "198.51.100.1" }))).toBe("198.51.100.1");
    expect(clientAddress(headers({}))).toBe("unknown");
    expect(clientAddress(headers({ "x-forwarded-for": " , " }))).toBe("unknown");
  });
});
