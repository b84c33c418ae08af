/**
 * npm run user:create -- --email you@example.org --role admin [--name "Your Name"]
 *
 * Creates a staff account in the database named by DATABASE_URL. The password is never taken from
 * the command line (it would stay in shell history and `ps`): it is asked for twice on a terminal,
 * with echo off, or read from the first line of standard input when piped:
 *   printf '%s\n' "$PASSWORD" | npm run user:create -- --email … --role editor
 * Exit codes: 0 created, 1 invalid input or email taken, 2 usage error.
 */
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/open-database";
import { createUser } from "@/db/queries/users";
import { errorTranslator, issueText } from "@/i18n/error-messages";
import { hashPassword } from "@/lib/auth/password";
import { newUserSchema } from "@/lib/auth/user-schemas";
import { databasePath } from "@/lib/env";
import { UserInputError } from "@/lib/errors";
import { readSecret } from "./lib/read-secret";

const usage = 'Usage: npm run user:create -- --email <email> --role <admin|editor> [--name "<name>"]\n(password: typed at the prompt, or piped on standard input)';

const english = errorTranslator("en");

function fail(message: string, code: 1 | 2): never {
  console.error(message);
  process.exit(code);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } }, strict: true }).values;
  } catch (error) {
    if (process.argv.some((a) => a.startsWith("--password"))) fail("Passwords are never accepted on the command line: type it at the prompt or pipe it on standard input.", 2);
    fail(`${(error as Error).message}\n${usage}`, 2);
  }
  if (!args.email || !args.role) fail(usage, 2);

  const password = await readSecret("Password: ", "Password again: ");
  if (password === null) fail("The two passwords do not match.", 1);

  const parsed = newUserSchema.safeParse({ email: args.email, name: args.name ?? "", role: args.role, password });
  if (!parsed.success) {
    fail(parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${issueText(i.message, english)}`).join("\n"), 1);
  }

  const { db, sqlite } = openDatabase(databasePath());
  try {
    const user = createUser({ ...parsed.data, passwordHash: await hashPassword(parsed.data.password) }, null, db);
    console.log(`Created ${user.role} ${user.email} (id ${user.id}).`);
  } catch (error) {
    if (error instanceof UserInputError) fail(`email: ${english(error.code, error.values)}`, 1);
    throw error;
  } finally {
    sqlite.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
