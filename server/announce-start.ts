import "server-only";
import { countUsers } from "@/db/queries/user-count";
import { publicBaseUrl } from "@/lib/env";
import type { AppRuntime } from "./runtime";

/** What an operator must know when the server starts: the public origin in feeds, and how to add the first admin. */
export function announceStart({ database }: AppRuntime): void {
  console.log(`Database: ${database.file}`);
  console.log(`Public origin in feeds and calendar links: ${publicBaseUrl()} (PUBLIC_BASE_URL, else NEXTAUTH_URL; docs/DEPLOYMENT.md)`);
  if (countUsers(database.db) === 0) {
    console.log("No staff accounts yet. Create the first admin with:\n  npm run user:create -- --email you@example.org --role admin");
  }
}
