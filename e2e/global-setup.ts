import { spawnSync } from "node:child_process";
import path from "node:path";
import { staffAccounts } from "./fixtures/staff-accounts";

/**
 * Runs once before the e2e suite. Playwright starts the web server (a plugin) before global
 * setup, so data/e2e.db has already been created, migrated and seeded. Staff accounts are created
 * here with the real `npm run user:create` code path, the password piped on standard input.
 */
export default async function globalSetup(): Promise<void> {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  for (const account of Object.values(staffAccounts)) {
    const result = spawnSync(
      tsx,
      ["--conditions=react-server", "scripts/user-create.ts", "--email", account.email, "--role", account.role, "--name", account.name],
      { input: `${account.password}\n`, encoding: "utf8", env: { ...process.env, DATABASE_URL: "file:data/e2e.db" } },
    );
    if (result.status !== 0) {
      throw new Error(`Could not create e2e account ${account.email}: ${result.stderr || result.stdout}`);
    }
  }
}
