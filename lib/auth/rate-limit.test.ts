import { describe, expect, it } from "vitest";
import { ceilingUntil, decideThrottle, defaultThrottlePolicy as policy, delayedUntil, failuresSinceSuccess, withFailure, type LoginAttempt } from "./rate-limit";

const min = 60_000;
const t0 = Date.UTC(2023, 8, 5, 1, 0);
const office = "203.0.113.10";
const attempt = (minute: number, over: Partial<LoginAttempt> = {}): LoginAttempt => ({ at: t0 + minute * min, success: false, ip: office, device: null, ...over });
const fails = (minutes: number[], over: Partial<LoginAttempt> = {}) => minutes.map((m) => attempt(m, over));
const from = (ip: string, minute: number, device: string | null = null) => ({ ip, device, now: t0 + minute * min });
const history = (accountAttempts: LoginAttempt[], addressFailureTimes: number[] = []) => ({ accountAttempts, addressFailureTimes });

describe("delayedUntil: growing delays", () => {
  it("allows the free failures, then waits 1, 2, 4 … minutes after the latest failure, up to an hour", () => {
    const times = (n: number) => Array.from({ length: n }, (_, i) => t0 + i * 1000);
    expect(delayedUntil(times(4), 5, t0 + 10_000, policy)).toBeNull();
    const last = (n: number) => t0 + (n - 1) * 1000;
    expect(delayedUntil(times(5), 5, t0 + 10_000, policy)).toBe(last(5) + 1 * min);
    expect(delayedUntil(times(6), 5, t0 + 10_000, policy)).toBe(last(6) + 2 * min);
    expect(delayedUntil(times(8), 5, t0 + 10_000, policy)).toBe(last(8) + 8 * min);
    expect(delayedUntil(times(30), 5, t0 + 40_000, policy)).toBe(last(30) + 60 * min);
  });

  it("lifts once the delay has passed, and forgets failures older than a day", () => {
    const five = [0, 1, 2, 3, 4].map((m) => t0 + m * min);
    expect(delayedUntil(five, 5, t0 + 5 * min - 1, policy)).toBe(t0 + 5 * min);
    expect(delayedUntil(five, 5, t0 + 5 * min, policy)).toBeNull();
    const old = [-25 * 60, -24 * 60 - 1, 1, 2, 3].map((m) => t0 + m * min);
    expect(delayedUntil(old, 5, t0 + 4 * min, policy)).toBeNull();
  });

  it("counts a key's failures since its own latest success", () => {
    expect(failuresSinceSuccess([...fails([0, 1, 2]), attempt(3, { success: true }), ...fails([5, 4])])).toEqual([t0 + 4 * min, t0 + 5 * min]);
  });
});

describe("ceilingUntil: the per-address ceiling", () => {
  it("allows 100 failures an hour from one address, then refuses until the oldest of them leaves the hour", () => {
    const times = (n: number) => Array.from({ length: n }, (_, i) => t0 + i * 10_000);
    expect(ceilingUntil(times(99), t0 + 20 * min, policy)).toBeNull();
    expect(ceilingUntil(times(100), t0 + 20 * min, policy)).toBe(t0 + 60 * min);
  });
});

describe("decideThrottle", () => {
  it("never refuses the first attempt of someone in an office where colleagues mistyped their own passwords", () => {
    // 40 colleagues, two typos each, on other accounts: only the generous address ceiling sees them.
    const address = Array.from({ length: 80 }, (_, i) => t0 + i * 20_000);
    expect(decideThrottle(history([], address), from(office, 30))).toEqual({ allowed: true });
  });

  it("delays an account at one address after five failures: the typo case and a single guesser", () => {
    expect(decideThrottle(history(fails([0, 1, 2, 3])), from(office, 4))).toEqual({ allowed: true });
    expect(decideThrottle(history(fails([0, 1, 2, 3, 4])), from(office, 4.5))).toEqual({ allowed: false, retryAt: t0 + 5 * min, scope: "pair" });
    // The same account from another address is not held by that pair.
    expect(decideThrottle(history(fails([0, 1, 2, 3, 4])), from("198.51.100.1", 4.5))).toEqual({ allowed: true });
  });

  it("delays an account guessed from many addresses after ten failures", () => {
    const spread = Array.from({ length: 10 }, (_, i) => attempt(i, { ip: `192.0.2.${i}` }));
    expect(decideThrottle(history(spread.slice(0, 9)), from("198.51.100.1", 9.5))).toEqual({ allowed: true });
    expect(decideThrottle(history(spread), from("198.51.100.1", 9.5))).toEqual({ allowed: false, retryAt: t0 + 10 * min, scope: "account" });
  });

  it("lets the owner in from a browser where the account signed in before, however the account is held", () => {
    const attack = Array.from({ length: 40 }, (_, i) => attempt(i / 10, { ip: `192.0.2.${i}` }));
    const owner = from(office, 5, "device-1");
    expect(decideThrottle(history(attack, Array(200).fill(t0)), from(office, 5)).allowed).toBe(false);
    expect(decideThrottle(history(attack, Array(200).fill(t0)), owner)).toEqual({ allowed: true });
  });

  it("throttles a known device on its own failures only", () => {
    const typos = fails([0, 1, 2, 3, 4], { device: "device-1" });
    expect(decideThrottle(history(typos), from(office, 4.5, "device-1"))).toEqual({ allowed: false, retryAt: t0 + 5 * min, scope: "device" });
    expect(decideThrottle(history(typos), from(office, 4.5, "device-2"))).toEqual({ allowed: true });
    // A device's failures do not hold the account for other browsers either.
    expect(decideThrottle(history(typos), from(office, 4.5))).toEqual({ allowed: true });
  });

  it("applies the address ceiling to attempts without a device, and names the key that holds longest", () => {
    const address = Array.from({ length: 100 }, (_, i) => t0 + i * 1000);
    expect(decideThrottle(history([], address), from(office, 2))).toEqual({ allowed: false, retryAt: t0 + 60 * min, scope: "address" });
    expect(decideThrottle(history(fails([0, 1, 2, 3, 4]), address), from(office, 4.5))).toMatchObject({ scope: "address" });
  });

  it("sees one more failure with withFailure, as the next attempt will", () => {
    const before = history(fails([0, 1, 2, 3]));
    const origin = from(office, 4);
    expect(decideThrottle(before, origin)).toEqual({ allowed: true });
    expect(decideThrottle(withFailure(before, origin), origin)).toEqual({ allowed: false, retryAt: t0 + 5 * min, scope: "pair" });
  });
});
