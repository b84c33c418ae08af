import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { eventSnapshot } from "@/lib/audit/event-snapshot";
import { UserInputError } from "@/lib/errors";
import type { CountryFactsInput } from "@/lib/validation/country-facts";
import { getDb, type Db } from "../client";
import { auditLog, countries, countryFacts, type CountryFacts } from "../schema";
import { writeTransaction } from "../transaction";

/** The briefing's facts about a country, or undefined when none were ever recorded. */
export function getCountryFacts(code: string, db: Db = getDb()): CountryFacts | undefined {
  return db.select().from(countryFacts).where(eq(countryFacts.countryCode, code)).get();
}

/** Every country with its facts (null where none are recorded), in the countries' order. */
export function listCountriesWithFacts(db: Db = getDb()) {
  return db
    .select({ country: countries, facts: countryFacts })
    .from(countries)
    .leftJoin(countryFacts, eq(countryFacts.countryCode, countries.code))
    .orderBy(asc(countries.sortOrder))
    .all();
}

/**
 * Saves an admin's edit of a country's facts if they are still at `version`, with the audit entry
 * (before and after) in the same transaction; the triggers move the data version, so the country
 * page is generated afresh. A save over a newer version is refused: nothing is lost or merged.
 */
export function updateCountryFacts(
  args: { code: string; version: number; input: CountryFactsInput },
  actor: { userId: number; now?: Date },
  db: Db = getDb(),
): { facts: CountryFacts; changed: boolean } {
  return writeTransaction(db, (tx) => {
    const now = actor.now ?? new Date();
    const current = getCountryFacts(args.code, tx);
    if (!current) throw new UserInputError("editor.errors.notFound", { status: 400 });
    const changed = (Object.keys(args.input) as (keyof CountryFactsInput)[]).some((k) => current[k] !== args.input[k]);
    if (!changed) return { facts: current, changed: false };
    const updated = tx
      .update(countryFacts)
      .set({ ...args.input, version: current.version + 1, updatedAt: now, updatedBy: actor.userId })
      .where(and(eq(countryFacts.id, current.id), eq(countryFacts.version, args.version)))
      .returning()
      .get();
    if (!updated) throw new UserInputError("editor.errors.factsConflict", { status: 409 });
    tx.insert(auditLog)
      .values({
        at: now,
        userId: actor.userId,
        action: "country.update",
        entityType: "country",
        entityId: current.id,
        before: eventSnapshot(current),
        after: eventSnapshot(updated),
        detail: args.code,
      })
      .run();
    return { facts: updated, changed: true };
  });
}
