/**
 * npm run db:seed — writes the source document's events and country facts into the database.
 * Idempotent: seeded rows are matched by seed key, so re-running adds only what is missing and
 * keeps every UID and every staff edit. Seeded rows an earlier release wrote, and nobody has
 * changed since, get the corrected facts first (db/seed/seed-revisions.ts, once per database).
 */
import { openDatabase } from "@/db/open-database";
import { seedDatabase } from "@/db/seed/seed";
import { applySeedRevisions } from "@/db/seed/seed-revisions";
import { databasePath } from "@/lib/env";

const file = databasePath();
const { db, sqlite } = openDatabase(file);
const revised = applySeedRevisions(db);
const result = seedDatabase(db);
sqlite.close();
console.log(
  `Seeded ${file}: ${result.countries} countries, ${result.countryFactsInserted} new country facts, ${result.programsInserted} new programs, ${result.eventsInserted} new events, ${revised} revised events.`,
);
