import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "credentials-"));
process.env.DATABASE_URL = `file:${path.join(tmp, "test.db")}`;

let authenticate: typeof import("./credentials").authenticate;
let users: typeof import("@/db/queries/users");
let getSqlite: typeof import("@/db/client").getSqlite;
const password = "Sakura-Fuji-2023-Jakarta";

beforeAll(async () => {
  ({ authenticate } = await import("./credentials"));
  users = await import("@/db/queries/users");
  ({ getSqlite } = await import("@/db/client"));
  const { hashPassword } = await import("./password");
  const hash = await hashPassword(password);
  users.createUser({ email: "editor@example.test", name: "E", role: "editor", passwordHash: hash }, null);
  users.createUser({ email: "timing@example.test", name: "T", role: "editor", passwordHash: hash }, null);
  users.createUser({ email: "locked@example.test", name: "L", role: "editor", passwordHash: hash }, null);
  const off = users.createUser({ email: "off@example.test", name: "O", role: "editor", passwordHash: hash }, null);
  users.setUserDisabled(off.id, true, off.id);
});

const count = (sql: string, ...params: unknown[]) => (getSqlite().prepare(sql).get(...params) as { n: number }).n;

describe("authenticate", () => {
  it("signs in with the right password, case-insensitively on the email, and logs it", async () => {
    const result = await authenticate({ email: " Editor@Example.TEST", password, ip: "203.0.113.1" });
    expect(result).toMatchObject({ ok: true, user: { email: "editor@example.test", role: "editor" } });
    expect(count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'auth.sign_in'")).toBe(1);
  });

  it("gives the same answer for an unknown email, a wrong password and a disabled account", async () => {
    const answers = await Promise.all([
      authenticate({ email: "nobody@example.test", password, ip: "203.0.113.2" }),
      authenticate({ email: "editor@example.test", password: "wrong-password-here", ip: "203.0.113.3" }),
      authenticate({ email: "off@example.test", password, ip: "203.0.113.4" }),
    ]);
    expect(answers).toEqual([{ ok: false, reason: "invalid" }, { ok: false, reason: "invalid" }, { ok: false, reason: "invalid" }]);
    const reasons = getSqlite().prepare("SELECT detail FROM audit_log WHERE action = 'auth.sign_in_failed' ORDER BY id").all() as { detail: string }[];
    expect(reasons.map((r) => r.detail.match(/reason=(\w+)/)![1]).sort()).toEqual(["disabled", "unknown_email", "wrong_password"]);
  });

  it("takes about as long for an unknown email as for a wrong password", async () => {
    const time = async (email: string) => {
      const start = performance.now();
      await authenticate({ email, password: "wrong-password-here", ip: `198.51.100.${Math.floor(Math.random() * 250)}` });
      return performance.now() - start;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    // Four failures: one short of the account's lock.
    for (let i = 0; i < 4; i++) {
      known.push(await time("timing@example.test"));
      unknown.push(await time(`ghost${i}@example.test`));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    expect(Math.abs(median(known) - median(unknown)) / Math.max(median(known), median(unknown))).toBeLessThan(0.5);
  });

  it("refuses the sixth attempt after five failures in 15 minutes, logs one lockout, and lifts it afterwards", async () => {
    const t0 = Date.UTC(2023, 8, 5, 1, 0);
    for (let i = 0; i < 5; i++) {
      expect(await authenticate({ email: "locked@example.test", password: "nope", ip: `192.0.2.${i}`, now: t0 + i * 60_000 })).toEqual({ ok: false, reason: "invalid" });
    }
    const refused = await authenticate({ email: "locked@example.test", password, ip: "192.0.2.99", now: t0 + 6 * 60_000 });
    expect(refused).toEqual({ ok: false, reason: "rate_limited", retryAt: t0 + 15 * 60_000 });
    expect(count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'auth.locked_out' AND detail LIKE '%locked@example.test%'")).toBe(1);
    // Refused attempts are not stored, so they do not extend the lock.
    expect(count("SELECT COUNT(*) AS n FROM login_attempts WHERE email = 'locked@example.test'")).toBe(5);
    expect((await authenticate({ email: "locked@example.test", password, ip: "192.0.2.99", now: t0 + 15 * 60_000 })).ok).toBe(true);
  });
});
