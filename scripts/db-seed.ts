/**
 * npm run db:seed — writes the source document's events into the database. Idempotent: seeded
 * rows are matched by seed key, so re-running adds only what is missing and keeps every UID.
 */
import { openDatabase } from "@/db/open-database";
import { seedDatabase } from "@/db/seed/seed";
import { databasePath } from "@/lib/env";

const file = databasePath();
const { db, sqlite } = openDatabase(file);
const result = seedDatabase(db);
sqlite.close();
console.log(`Seeded ${file}: ${result.countries} countries, ${result.programsInserted} new programs, ${result.eventsInserted} new events.`);
