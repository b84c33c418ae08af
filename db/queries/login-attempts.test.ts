import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { checkCredentials } from "@/lib/auth/credentials";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "login-attempts-"));
process.env.DATABASE_URL = `file:${path.join(tmp, "test.db")}`;

let signInStore: typeof import("./login-attempts").signInStore;
let createUser: typeof import("./users").createUser;
let getSqlite: typeof import("../client").getSqlite;

beforeAll(async () => {
  ({ signInStore } = await import("./login-attempts"));
  ({ createUser } = await import("./users"));
  ({ getSqlite } = await import("../client"));
});

const at = (minute: number) => new Date(Date.UTC(2023, 8, 5, 1, minute));
const query = (email: string, ip: string, minute: number, device: string | null = null) => ({
  email, ip, device, at: at(minute), accountSince: at(1), addressSince: at(1),
});

/** The database side of the credential check; the check itself is tested in lib/auth/credentials.test.ts. */
describe("signInStore", () => {
  it("records an allowed attempt as a failure until it is marked a success, and reads back what the throttle needs", () => {
    const store = signInStore();
    const allow = () => ({ allowed: true }) as const;
    const reserve = (q: ReturnType<typeof query>) => {
      const r = store.reserveAttempt(q, allow);
      if (!r.allowed) throw new Error("refused");
      return r.attemptId;
    };
    reserve(query("a@example.test", "192.0.2.1", 0));
    reserve(query("a@example.test", "192.0.2.1", 5));
    store.markSucceeded(reserve(query("a@example.test", "192.0.2.2", 6)));
    reserve(query("b@example.test", "192.0.2.1", 7));
    store.markSucceeded(reserve(query("b@example.test", "192.0.2.1", 8)));
    reserve(query("a@example.test", "192.0.2.1", 9, "device-1"));
    let seen: unknown;
    const refusal = { allowed: false, retryAt: 1, scope: "pair" } as const;
    expect(store.reserveAttempt(query("a@example.test", "192.0.2.1", 10), (history) => ((seen = history), refusal))).toEqual(refusal);
    expect(seen).toEqual({
      accountAttempts: [
        { at: at(9).getTime(), success: false, ip: "192.0.2.1", device: "device-1" },
        { at: at(6).getTime(), success: true, ip: "192.0.2.2", device: null },
        { at: at(5).getTime(), success: false, ip: "192.0.2.1", device: null },
      ],
      // Failures with a device cookie do not count against the address.
      addressFailureTimes: [at(7).getTime(), at(5).getTime()],
    });
    // A refused attempt is not recorded.
    expect(getSqlite().prepare("SELECT COUNT(*) AS n FROM login_attempts").get()).toEqual({ n: 6 });
  });

  it("checks at most five passwords when ten wrong ones for one account arrive at once", async () => {
    createUser({ email: "raced@example.test", name: "R", role: "editor", passwordHash: "h" }, null);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const verifyPassword = vi.fn(async () => {
      await gate;
      return false;
    });
    const deps = { store: signInStore(), verifyPassword, dummyPasswordHash: async () => "dummy" };
    const pending = Array.from({ length: 10 }, () => checkCredentials({ email: "raced@example.test", password: "wrong", ip: "198.51.100.1" }, deps));
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    const results = await Promise.all(pending);
    expect(verifyPassword).toHaveBeenCalledTimes(5);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(5);
    expect(getSqlite().prepare("SELECT COUNT(*) AS n FROM login_attempts WHERE email = 'raced@example.test'").get()).toEqual({ n: 5 });
  });

  it("finds users by their stored (lower-case) email and writes sign-in entries to the audit log", () => {
    const store = signInStore();
    const created = createUser({ email: "Editor@Example.test", name: "E", role: "editor", passwordHash: "h" }, null);
    expect(store.findUser("editor@example.test")).toMatchObject({ id: created.id, passwordHash: "h", disabled: false, sessionVersion: 1 });
    expect(store.findUser("nobody@example.test")).toBeUndefined();
    store.recordAudit({ action: "auth.sign_in_failed", actorId: null, targetUserId: created.id, detail: "reason=wrong_password", at: at(9) });
    expect(getSqlite().prepare("SELECT entity_type, entity_id, detail FROM audit_log WHERE action = 'auth.sign_in_failed' AND entity_id = ?").all(created.id)).toEqual([
      { entity_type: "user", entity_id: created.id, detail: "reason=wrong_password" },
    ]);
  });

  it("prunes attempts older than a date", () => {
    const store = signInStore();
    store.pruneAttempts(at(6));
    expect(getSqlite().prepare("SELECT COUNT(*) AS n FROM login_attempts WHERE at < ?").get(at(6).getTime())).toEqual({ n: 0 });
  });
});
