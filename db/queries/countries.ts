import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "../client";
import { countries, type Country } from "../schema";

export function listCountries(): Country[] {
  return getDb().select().from(countries).orderBy(asc(countries.sortOrder)).all();
}
