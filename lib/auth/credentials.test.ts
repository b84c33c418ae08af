import { describe, expect, it, vi } from "vitest";
import { memorySignInStore } from "@/lib/testing/memory-sign-in-store";
import { checkCredentials, type CredentialDeps, type CredentialInput } from "./credentials";

const password = "Sakura-Fuji-2023-Jakarta";
const user = (id: number, email: string, disabled = false) => ({
  id, email, name: email.split("@")[0], role: "editor" as const, disabled, passwordHash: `hash:${password}`, sessionVersion: 3,
});

/** A store with three accounts and a stand-in for argon2 whose calls the tests count. */
function setUp(random = () => 0.5) {
  const memory = memorySignInStore([user(1, "editor@example.test"), user(2, "locked@example.test"), user(3, "off@example.test", true)]);
  const verifyPassword = vi.fn(async (hash: string, attempt: string) => hash === `hash:${attempt}`);
  const dummyPasswordHash = vi.fn(async () => "dummy-hash");
  const deps: CredentialDeps = { store: memory.store, verifyPassword, dummyPasswordHash, random };
  const check = (input: CredentialInput) => checkCredentials(input, deps);
  return { ...memory, verifyPassword, check };
}

const reasons = (audit: { action: string; detail: string }[]) =>
  audit.filter((e) => e.action === "auth.sign_in_failed").map((e) => e.detail.match(/reason=(\w+)/)![1]);

describe("checkCredentials", () => {
  it("signs in with the right password, case-insensitively on the email, and logs it", async () => {
    const { check, attempts, audit } = setUp();
    const result = await check({ email: " Editor@Example.TEST", password, ip: "203.0.113.1" });
    expect(result).toEqual({ ok: true, user: { id: 1, email: "editor@example.test", name: "editor", role: "editor", sessionVersion: 3 } });
    expect(attempts()).toMatchObject([{ email: "editor@example.test", ip: "203.0.113.1", success: true }]);
    expect(audit).toMatchObject([{ action: "auth.sign_in", actorId: 1, targetUserId: 1, detail: "ip=203.0.113.1 purpose=sign_in" }]);
  });

  it("gives the same answer for an unknown email, a wrong password and a disabled account; the reason goes to the log", async () => {
    const { check, audit } = setUp();
    const answers = [
      await check({ email: "nobody@example.test", password, ip: "203.0.113.2" }),
      await check({ email: "editor@example.test", password: "wrong-password-here", ip: "203.0.113.3" }),
      await check({ email: "off@example.test", password, ip: "203.0.113.4" }),
    ];
    expect(answers).toEqual([{ ok: false, reason: "invalid" }, { ok: false, reason: "invalid" }, { ok: false, reason: "invalid" }]);
    expect(reasons(audit)).toEqual(["unknown_email", "wrong_password", "disabled"]);
  });

  it("runs exactly one password verification whatever the email: against the dummy hash when it is unknown", async () => {
    const { check, verifyPassword } = setUp();
    for (const email of ["nobody@example.test", "editor@example.test", "off@example.test"]) {
      verifyPassword.mockClear();
      await check({ email, password: "wrong-password-here", ip: "203.0.113.5" });
      expect(verifyPassword, email).toHaveBeenCalledTimes(1);
      expect(verifyPassword.mock.calls[0][0], email).toBe(email === "nobody@example.test" ? "dummy-hash" : "hash:Sakura-Fuji-2023-Jakarta");
    }
  });

  it("verifies only the first 4096 characters of an oversized password, still exactly once", async () => {
    const { check, verifyPassword } = setUp();
    await check({ email: "editor@example.test", password: "x".repeat(1_000_000), ip: "203.0.113.6" });
    expect(verifyPassword).toHaveBeenCalledTimes(1);
    expect(verifyPassword.mock.calls[0][1]).toHaveLength(4096);
  });

  it("delays the sixth attempt after five failures from one address without verifying, logs the delay, and lifts it a minute later", async () => {
    const { check, attempts, audit, verifyPassword } = setUp();
    const t0 = Date.UTC(2023, 8, 5, 1, 0);
    for (let i = 0; i < 5; i++) {
      expect(await check({ email: "locked@example.test", password: "nope", ip: "192.0.2.1", now: t0 + i * 1000 })).toEqual({ ok: false, reason: "invalid" });
    }
    verifyPassword.mockClear();
    const refused = await check({ email: "locked@example.test", password, ip: "192.0.2.1", now: t0 + 30_000 });
    expect(refused).toEqual({ ok: false, reason: "rate_limited", retryAt: t0 + 4000 + 60_000 });
    expect(verifyPassword).not.toHaveBeenCalled();
    expect(audit.filter((e) => e.action === "auth.locked_out")).toMatchObject([
      { detail: `pair email=locked@example.test ip=192.0.2.1 until=${new Date(t0 + 64_000).toISOString()}` },
    ]);
    // Refused attempts are not stored, so they do not extend the delay.
    expect(attempts()).toHaveLength(5);
    expect((await check({ email: "locked@example.test", password, ip: "192.0.2.1", now: t0 + 64_000 })).ok).toBe(true);
  });

  it("lets the owner in from a known device while the account is held for everyone else", async () => {
    const { check } = setUp();
    const t0 = Date.UTC(2023, 8, 5, 2, 0);
    for (let i = 0; i < 12; i++) await check({ email: "locked@example.test", password: "guess", ip: `198.51.100.${i}`, now: t0 + i });
    expect(await check({ email: "locked@example.test", password, ip: "203.0.113.5", now: t0 + 100 })).toMatchObject({ reason: "rate_limited" });
    expect(await check({ email: "locked@example.test", password, ip: "203.0.113.5", device: "owner-laptop", now: t0 + 100 })).toMatchObject({ ok: true });
  });

  it("lets one person's typos hold only their own account at their address, not the office's other staff", async () => {
    const { check } = setUp();
    const t0 = Date.UTC(2023, 8, 5, 3, 0);
    for (let i = 0; i < 8; i++) await check({ email: "locked@example.test", password: "typo", ip: "198.51.100.7", now: t0 + i });
    expect(await check({ email: "editor@example.test", password, ip: "198.51.100.7", now: t0 + 10 })).toMatchObject({ ok: true });
  });

  it("stops an address that sprays guesses over many accounts at the ceiling, and no earlier", async () => {
    const { check } = setUp();
    const t0 = Date.UTC(2023, 8, 5, 5, 0);
    for (let i = 0; i < 99; i++) await check({ email: `guess${i}@example.test`, password, ip: "198.51.100.9", now: t0 + i });
    expect(await check({ email: "editor@example.test", password: "typo", ip: "198.51.100.9", now: t0 + 200 })).toEqual({ ok: false, reason: "invalid" });
    expect(await check({ email: "editor@example.test", password, ip: "198.51.100.9", now: t0 + 300 })).toMatchObject({ reason: "rate_limited" });
    expect(await check({ email: "editor@example.test", password, ip: "198.51.100.10", now: t0 + 300 })).toMatchObject({ ok: true });
  });

  it("checks at most the free attempts' worth of passwords when attempts arrive in parallel", async () => {
    const { check, attempts, verifyPassword } = setUp();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    verifyPassword.mockImplementation(async () => {
      await gate;
      return false;
    });
    const now = Date.UTC(2023, 8, 5, 4, 0);
    const pending = Array.from({ length: 10 }, () => check({ email: "locked@example.test", password: "wrong", ip: "192.0.2.50", now }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    const results = await Promise.all(pending);
    expect(verifyPassword).toHaveBeenCalledTimes(5);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(5);
    expect(attempts()).toHaveLength(5);
  });

  it("logs a confirmation of the current password as a reauth", async () => {
    const { check, audit } = setUp();
    await check({ email: "editor@example.test", password, ip: "203.0.113.9", purpose: "reauth" });
    expect(audit[0].detail).toBe("ip=203.0.113.9 purpose=reauth");
  });

  it("now and then, after a success, drops attempts older than a week", async () => {
    const now = Date.UTC(2023, 8, 20);
    const old = { email: "x@example.test", ip: "192.0.2.1", device: null, success: false, at: new Date(now - 8 * 24 * 3_600_000) };
    const recent = { ...old, at: new Date(now - 6 * 24 * 3_600_000) };
    for (const [random, kept] of [[0.5, 3], [0.01, 2]] as const) {
      const { check, addAttempt, attempts } = setUp(() => random);
      addAttempt(old);
      addAttempt(recent);
      await check({ email: "editor@example.test", password, ip: "203.0.113.10", now });
      expect(attempts(), `random ${random}`).toHaveLength(kept);
    }
  });
});
