/**
 * npm run db:backup — a consistent copy of the live database, safe while the app runs.
 *
 *   npm run db:backup                          → data/backups/app-<UTC timestamp>.db
 *   npm run db:backup -- --out /mnt/backup/x.db
 *   npm run db:backup -- --restore data/backups/app-….db   (stop the app first)
 *
 * The database is the one DATABASE_URL names (default data/app.db). See docs/DEPLOYMENT.md.
 */
import path from "node:path";
import { z } from "zod";
import { databasePath } from "@/lib/env";
import { cliOptions } from "./lib/cli-args";
import { backupDatabase, restoreDatabase } from "./lib/db-backup";

const usage = "Usage: npm run db:backup -- [--out <file.db>] | --restore <backup.db>";
const options = cliOptions({ out: z.string().min(1).optional(), restore: z.string().min(1).optional() }, usage);

async function main(): Promise<void> {
  const database = databasePath();
  if (options.restore) {
    if (options.out) throw new Error("--out and --restore do not go together");
    const { dataVersion } = await restoreDatabase(path.resolve(options.restore), database);
    console.log(`Restored ${database} from ${options.restore} (integrity ok, data version now ${dataVersion}). Start the app again.`);
    return;
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  const out = path.resolve(options.out ?? path.join(path.dirname(database), "backups", `${path.basename(database, ".db")}-${stamp}.db`));
  const result = await backupDatabase(database, out);
  console.log(`Backed up ${database} to ${result.file}: ${(result.bytes / 1e6).toFixed(1)} MB, integrity ok, ${result.ms} ms.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
