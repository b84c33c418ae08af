/**
 * npm run db:migrate — applies the migrations in drizzle/ to the database named by DATABASE_URL,
 * then the data migrations of seeded rows it has not had yet (db/seed/seed-revisions.ts) and the
 * public changes of audit entries not yet derived (db/queries/public-change-rule.ts).
 */
import { openDatabase } from "@/db/open-database";
import { applyPublicChangeRule } from "@/db/queries/public-change-rule";
import { applySeedRevisions } from "@/db/seed/seed-revisions";
import { databasePath } from "@/lib/env";

const file = databasePath();
const { db, sqlite } = openDatabase(file);
const revised = applySeedRevisions(db);
applyPublicChangeRule(db);
sqlite.close();
console.log(`Migrated ${file}${revised > 0 ? ` (${revised} seeded events revised)` : ""}`);
