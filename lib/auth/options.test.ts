import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { JWT } from "next-auth/jwt";
import { afterAll, describe, expect, it } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "auth-options-"));
process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const users = await import("@/db/queries/users");
const { authOptions } = await import("./options");

/** The jwt callback as next-auth runs it when a session is read (/api/auth/session, getServerSession). */
const readSession = (token: JWT) => authOptions.callbacks!.jwt!({ token, account: null, user: undefined as never, trigger: "update" } as never);

function tokenFor(email: string): JWT {
  const user = users.getUserByEmail(email)!;
  const now = Date.now();
  return { sub: String(user.id), email: user.email, name: user.name, uid: user.id, role: user.role, sessionVersion: user.sessionVersion, issuedAt: now, lastActivity: now };
}

describe("the session read by next-auth's own endpoints", () => {
  it("is live for an enabled user of the same session version, with the role from the database", async () => {
    const created = users.createUser({ email: "live@example.test", name: "Live", role: "editor", passwordHash: "x" }, null);
    await expect(readSession(tokenFor("live@example.test"))).resolves.toMatchObject({ uid: created.id, role: "editor" });
  });

  it("is dead once the user is disabled: the old cookie no longer gives a session", async () => {
    const created = users.createUser({ email: "disabled@example.test", name: "D", role: "editor", passwordHash: "x" }, null);
    const old = tokenFor("disabled@example.test");
    users.setUserDisabled(created.id, true, created.id);
    await expect(readSession(old)).rejects.toThrow();
  });

  it("is dead once an admin is demoted: the old cookie never shows role admin again", async () => {
    const created = users.createUser({ email: "demoted@example.test", name: "A", role: "admin", passwordHash: "x" }, null);
    users.createUser({ email: "other-admin@example.test", name: "O", role: "admin", passwordHash: "x" }, null);
    const old = tokenFor("demoted@example.test");
    users.setUserRole(created.id, "editor", created.id);
    await expect(readSession(old)).rejects.toThrow();
  });

  it("is dead for a user who no longer exists, and for a token without our claims", async () => {
    await expect(readSession({ ...tokenFor("live@example.test"), uid: 999_999 })).rejects.toThrow();
    await expect(readSession({ sub: "1", email: "live@example.test" })).rejects.toThrow();
  });
});
