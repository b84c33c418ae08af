import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

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

/** The database side of the credential check; the check itself is tested in lib/auth/credentials.test.ts. */
describe("signInStore", () => {
  it("reads back an account's attempts and an address's failures within the window", () => {
    const store = signInStore();
    store.recordAttempt({ email: "a@example.test", ip: "192.0.2.1", success: false, at: at(0) });
    store.recordAttempt({ email: "a@example.test", ip: "192.0.2.1", success: false, at: at(5) });
    store.recordAttempt({ email: "a@example.test", ip: "192.0.2.2", success: true, at: at(6) });
    store.recordAttempt({ email: "b@example.test", ip: "192.0.2.1", success: false, at: at(7) });
    store.recordAttempt({ email: "b@example.test", ip: "192.0.2.1", success: true, at: at(8) });
    expect(store.recentAttempts({ email: "a@example.test", ip: "192.0.2.1", since: at(1) })).toEqual({
      accountAttempts: [{ at: at(6).getTime(), success: true }, { at: at(5).getTime(), success: false }],
      addressFailureTimes: [at(7).getTime(), at(5).getTime()],
    });
  });

  it("finds users by their stored (lower-case) email and writes sign-in entries to the audit log", () => {
    const store = signInStore();
    const created = createUser({ email: "Editor@Example.test", name: "E", role: "editor", passwordHash: "h" }, null);
    expect(store.findUser("editor@example.test")).toMatchObject({ id: created.id, passwordHash: "h", disabled: false, sessionVersion: 1 });
    expect(store.findUser("nobody@example.test")).toBeUndefined();
    store.recordAudit({ action: "auth.sign_in_failed", actorId: null, targetUserId: created.id, detail: "reason=wrong_password", at: at(9) });
    expect(getSqlite().prepare("SELECT entity_type, entity_id, detail FROM audit_log WHERE action = 'auth.sign_in_failed'").all()).toEqual([
      { entity_type: "user", entity_id: created.id, detail: "reason=wrong_password" },
    ]);
  });

  it("prunes attempts older than a date", () => {
    const store = signInStore();
    store.pruneAttempts(at(6));
    expect(getSqlite().prepare("SELECT COUNT(*) AS n FROM login_attempts WHERE at < ?").get(at(6).getTime())).toEqual({ n: 0 });
    expect(getSqlite().prepare("SELECT COUNT(*) AS n FROM login_attempts").get()).toEqual({ n: 3 });
  });
});
