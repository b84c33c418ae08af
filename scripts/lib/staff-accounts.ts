import crypto from "node:crypto";
import { openDatabase } from "@/db/open-database";
import { createUser } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";

export type StaffAccount = { email: string; password: string };

/** Editor accounts with random passwords in `databaseFile` (a test database), before the server starts. */
export async function createStaffAccounts(databaseFile: string, count: number, prefix: string): Promise<StaffAccount[]> {
  const { db, sqlite } = openDatabase(databaseFile);
  try {
    const accounts: StaffAccount[] = [];
    for (let i = 1; i <= count; i++) {
      const account = { email: `${prefix}-${i}@example.test`, password: crypto.randomBytes(18).toString("base64url") };
      createUser({ email: account.email, name: `${prefix} ${i}`, role: "editor", passwordHash: await hashPassword(account.password) }, null, db);
      accounts.push(account);
    }
    return accounts;
  } finally {
    sqlite.close();
  }
}
