import "server-only";
import { inArray } from "drizzle-orm";
import type { ImportLookup } from "@/lib/import/import-plan";
import type { ImportRow } from "@/lib/import/import-row";
import { isSlugLocked } from "@/lib/events/event-edit-status";
import type { Db } from "../client";
import { events, type Event } from "../schema";
import { eventWasEverPublic } from "./audit";
import { parentProblem, programProblem } from "./staff-events-shared";

/** SQLite allows 32,766 bound values; chunks stay far below. */
const CHUNK = 500;

function selectIn<T extends string | number>(db: Db, column: typeof events.id | typeof events.uid | typeof events.slug, values: T[]): Event[] {
  const rows: Event[] = [];
  for (let i = 0; i < values.length; i += CHUNK) rows.push(...db.select().from(events).where(inArray(column, values.slice(i, i + CHUNK))).all());
  return rows;
}

/** Which of `slugs` stored events use (deleted ones included). */
export function takenSlugs(db: Db, slugs: string[]): Set<string> {
  const taken = new Set<string>();
  for (let i = 0; i < slugs.length; i += CHUNK) {
    for (const row of db.select({ slug: events.slug }).from(events).where(inArray(events.slug, slugs.slice(i, i + CHUNK))).all()) taken.add(row.slug);
  }
  return taken;
}

/**
 * The stored events an import's rows may name (by id, UID or slug, deleted ones included: their
 * slugs and UIDs stay taken), read in a few queries up front, and the rules the plan checks
 * against the database. Run inside the apply's write transaction, it sees what the write will.
 */
export function importLookup(rows: readonly ImportRow[], db: Db): ImportLookup {
  const ids = [...new Set(rows.map((r) => r.key.id).filter((v): v is number => v !== undefined))];
  const uids = [...new Set(rows.map((r) => r.key.uid).filter((v): v is string => !!v))];
  const slugs = [...new Set(rows.map((r) => r.key.slug).filter((v): v is string => !!v))];
  const found = [...selectIn(db, events.id, ids), ...selectIn(db, events.uid, uids), ...selectIn(db, events.slug, slugs)];
  const byId = new Map(found.map((e) => [e.id, e]));
  const byUid = new Map(found.map((e) => [e.uid, e]));
  const bySlug = new Map(found.map((e) => [e.slug, e]));
  return {
    byId: (id) => byId.get(id),
    byUid: (uid) => byUid.get(uid),
    bySlug: (slug) => bySlug.get(slug) ?? (slugs.includes(slug) ? undefined : db.select().from(events).where(inArray(events.slug, [slug])).get()),
    parentProblem: (eventId, parentId) => parentProblem(db, eventId, parentId),
    programProblem: (programId) => programProblem(db, programId),
    slugLocked: (event) => isSlugLocked(event, eventWasEverPublic(event.id, db)),
  };
}
