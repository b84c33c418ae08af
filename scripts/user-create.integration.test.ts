import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "user-create-"));
const dbFile = path.join(tmp, "users.db");
const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");

function run(args: string[], stdin: string) {
  const result = spawnSync(tsx, ["--conditions=react-server", "scripts/user-create.ts", ...args], {
    input: stdin,
    env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
    encoding: "utf8",
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function storedUser(email: string) {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare("SELECT email, name, role, password_hash AS hash, disabled FROM users WHERE email = ?").get(email) as
      | { email: string; name: string; role: string; hash: string; disabled: number }
      | undefined;
  } finally {
    db.close();
  }
}

describe("npm run user:create", () => {
  it("creates a user from a piped password, hashed with argon2id", () => {
    const result = run(["--email", "First.Admin@Example.test", "--role", "admin", "--name", "First Admin"], "Sakura-Fuji-2023-Jakarta\n");
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain("Created admin first.admin@example.test");
    const user = storedUser("first.admin@example.test");
    expect(user).toMatchObject({ name: "First Admin", role: "admin", disabled: 0 });
    expect(user!.hash).toMatch(/^\$argon2id\$/);
    expect(user!.hash).not.toContain("Sakura");
  });

  it("refuses a password on the command line", () => {
    const result = run(["--email", "x@example.test", "--role", "editor", "--password", "Sakura-Fuji-2023-Jakarta"], "");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/never accepted on the command line/);
    expect(storedUser("x@example.test")).toBeUndefined();
  });

  it("explains every invalid field and exits non-zero", () => {
    const result = run(["--email", "nope", "--role", "owner"], "password1234\n");
    expect(result.code).toBe(1);
    expect(result.err).toContain("email: Enter a valid email address");
    expect(result.err).toContain("role: Choose a role.");
    expect(result.err).toContain("password: This password is too easy to guess");
  });

  it("refuses a duplicate email and missing options", () => {
    expect(run(["--email", "first.admin@example.test", "--role", "editor"], "Another-Long-Passphrase-42\n")).toMatchObject({ code: 1 });
    expect(run(["--role", "editor"], "Another-Long-Passphrase-42\n")).toMatchObject({ code: 2 });
  });
});
