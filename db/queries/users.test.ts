import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "users-"));
process.env.DATABASE_URL = `file:${path.join(tmp, "test.db")}`;

let users: typeof import("./users");
let getSqlite: typeof import("../client").getSqlite;

beforeAll(async () => {
  users = await import("./users");
  ({ getSqlite } = await import("../client"));
});

function audit(action: string): number {
  return (getSqlite().prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = ?").get(action) as { n: number }).n;
}

describe("user queries", () => {
  it("stores emails lower-cased and refuses duplicates whatever their case", () => {
    const created = users.createUser({ email: " Sole.Admin@Example.test ", name: " Sole ", role: "admin", passwordHash: "h" }, null);
    expect(created).toMatchObject({ email: "sole.admin@example.test", name: "Sole", role: "admin", disabled: false });
    expect(users.getUserByEmail("SOLE.ADMIN@example.test")?.id).toBe(created.id);
    expect(() => users.createUser({ email: "sole.admin@EXAMPLE.test", name: "", role: "editor", passwordHash: "h" }, null)).toThrow("users.errors.emailTaken");
    expect(users.listUsers()[0]).not.toHaveProperty("passwordHash");
  });

  it("never lets the last active admin be demoted or disabled", () => {
    const sole = users.getUserByEmail("sole.admin@example.test")!;
    expect(() => users.setUserRole(sole.id, "editor", sole.id)).toThrow("users.errors.lastAdmin");
    expect(() => users.setUserDisabled(sole.id, true, sole.id)).toThrow("users.errors.lastAdmin");
    expect(users.getUserById(sole.id)).toMatchObject({ role: "admin", disabled: false, sessionVersion: sole.sessionVersion });

    // A disabled second admin does not count; an enabled one does.
    const second = users.createUser({ email: "second@example.test", name: "", role: "admin", passwordHash: "h" }, sole.id);
    users.setUserDisabled(second.id, true, sole.id);
    expect(() => users.setUserRole(sole.id, "editor", sole.id)).toThrow("users.errors.lastAdmin");
    users.setUserDisabled(second.id, false, sole.id);
    users.setUserRole(sole.id, "editor", second.id);
    expect(users.getUserById(sole.id)!.role).toBe("editor");
    expect(() => users.setUserRole(second.id, "editor", second.id)).toThrow("users.errors.lastAdmin");
  });

  it("bumps the session version on disable, enable, role change, password change and sign-out, and logs each", () => {
    const u = users.createUser({ email: "bump@example.test", name: "", role: "editor", passwordHash: "h" }, null);
    const version = () => users.getUserById(u.id)!.sessionVersion;
    const v0 = version();
    users.setUserDisabled(u.id, true, 1);
    users.setUserDisabled(u.id, false, 1);
    users.setUserRole(u.id, "admin", 1);
    users.setUserPassword(u.id, "h2", 1, "user.password_reset");
    users.signOutUser(u.id);
    expect(version()).toBe(v0 + 5);
    // No-op changes do not end sessions.
    users.setUserRole(u.id, "admin", 1);
    users.setUserDisabled(u.id, false, 1);
    expect(version()).toBe(v0 + 5);
    expect([audit("user.disable"), audit("user.enable"), audit("user.password_reset"), audit("auth.sign_out")]).toEqual([2, 2, 1, 1]);
  });

  it("flags a password an admin chose for someone else as temporary, until the user chooses their own", () => {
    const admin = users.createUser({ email: "flag.admin@example.test", name: "", role: "admin", passwordHash: "h" }, null);
    const flag = (id: number) => users.getUserById(id)!.mustChangePassword;
    // The CLI (no actor) creates accounts whose owner typed the password.
    expect(admin.mustChangePassword).toBe(false);
    expect(flag(admin.id)).toBe(false);

    const added = users.createUser({ email: "flag.new@example.test", name: "", role: "editor", passwordHash: "h" }, admin.id);
    expect(added.mustChangePassword).toBe(true);
    expect(users.listUsers({ q: "flag.new" })[0].mustChangePassword).toBe(true);
    users.setUserPassword(added.id, "h2", added.id, "user.password_change");
    expect(flag(added.id)).toBe(false);

    users.setUserPassword(added.id, "h3", admin.id, "user.password_reset");
    expect(flag(added.id)).toBe(true);
    users.setUserPassword(added.id, "h4", added.id, "user.password_change");
    expect(flag(added.id)).toBe(false);

    // An admin resetting their own password chose it.
    users.setUserPassword(admin.id, "h5", admin.id, "user.password_reset");
    expect(flag(admin.id)).toBe(false);
    const logged = getSqlite()
      .prepare("SELECT action, after FROM audit_log WHERE entity_id IN (?, ?) AND action LIKE 'user.%' ORDER BY id")
      .all(admin.id, added.id)
      .map((row) => { const r = row as { action: string; after: string }; return [r.action, JSON.parse(r.after).mustChangePassword]; });
    expect(logged).toEqual([
      ["user.create", false],
      ["user.create", true],
      ["user.password_change", false],
      ["user.password_reset", true],
      ["user.password_change", false],
      ["user.password_reset", false],
    ]);
  });

  it("lists users by a search in email or name, with the time of their last sign-in", async () => {
    const { recordAuthAudit } = await import("./auth-audit");
    const { getDb } = await import("../client");
    const found = users.createUser({ email: "lina.search@example.test", name: "Lina 100%_Wild", role: "editor", passwordHash: "h" }, null);
    users.createUser({ email: "other.search@example.test", name: "Other", role: "editor", passwordHash: "h" }, null);
    const at = new Date("2023-09-05T01:00:00Z");
    recordAuthAudit(getDb(), { action: "auth.sign_in", actorId: found.id, targetUserId: found.id, detail: "ip=10.0.0.1 purpose=sign_in", at });
    recordAuthAudit(getDb(), { action: "auth.sign_in", actorId: found.id, targetUserId: found.id, detail: "ip=10.0.0.1 purpose=sign_in", at: new Date("2023-09-01T01:00:00Z") });
    expect(users.listUsers({ q: "LINA" }).map((u) => u.email)).toEqual(["lina.search@example.test"]);
    expect(users.listUsers({ q: "100%_" }).map((u) => u.email)).toEqual(["lina.search@example.test"]);
    expect(users.listUsers({ q: "search@" }).map((u) => u.email)).toEqual(["lina.search@example.test", "other.search@example.test"]);
    expect(users.listUsers({ q: "lina" })[0].lastSignInAt).toEqual(at);
    expect(users.listUsers({ q: "other.search" })[0].lastSignInAt).toBeNull();
  });
});
