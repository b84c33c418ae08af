/** npm run db:migrate — applies the migrations in drizzle/ to the database named by DATABASE_URL. */
import { openDatabase } from "@/db/open-database";
import { databasePath } from "@/lib/env";

const file = databasePath();
const { sqlite } = openDatabase(file);
sqlite.close();
console.log(`Migrated ${file}`);
