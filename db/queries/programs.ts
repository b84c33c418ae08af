import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../client";
import { programs, type Program } from "../schema";

export function getProgramBySlug(slug: string): Program | undefined {
  return getDb().select().from(programs).where(eq(programs.slug, slug)).get();
}

export function getProgramById(id: number): Program | undefined {
  return getDb().select().from(programs).where(eq(programs.id, id)).get();
}
