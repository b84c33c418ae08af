import "server-only";
import { count } from "drizzle-orm";
import { capitalTimeZone, COUNTRIES } from "@/lib/events/countries";
import { eventTimeFromLocal, storedEventTime, type EventTime } from "@/lib/time/event-time";
import type { Db } from "../open-database";
import { writeTransaction } from "../transaction";
import { countries, events, programs } from "../schema";
import { MEETINGS } from "./data/meetings";
import { OTHER_EVENTS } from "./data/other-events";
import { YOUTH_ITINERARY, YOUTH_PROGRAM } from "./data/youth-program";
import type { SeedEvent, SeedProgram } from "./types";

export const SEED_PROGRAMS: SeedProgram[] = [YOUTH_PROGRAM];
/** Parents come before their children. */
export const SEED_EVENTS: SeedEvent[] = [...MEETINGS, ...OTHER_EVENTS, ...YOUTH_ITINERARY];

/** The iCalendar UID of a seeded event: a pure function of its seed key, so re-seeding keeps it. */
export function seedUid(key: string): string {
  return `${key}@japan-asean-2023`;
}

export function seedEventTime(e: SeedEvent): EventTime {
  const timeZone = e.timeZone ?? capitalTimeZone(e.countryCode);
  const t = e.time;
  const local = t.allDay
    ? { allDay: true, startDate: t.startDate, endDate: t.endDate, startTime: "", endTime: "", timeZone }
    : {
        allDay: false,
        startDate: t.start.slice(0, 10),
        startTime: t.start.slice(11, 16),
        endDate: t.end.slice(0, 10),
        endTime: t.end.slice(11, 16),
        timeZone,
      };
  const time = eventTimeFromLocal(local);
  if ("field" in time) throw new Error(`Seed event ${e.key}: ${time.field} ${time.message}`);
  return time;
}

export type SeedResult = { countries: number; programsInserted: number; eventsInserted: number };

/**
 * Writes the reference data and the events of the source document. Idempotent: rows are matched
 * by seed key, existing rows are left as staff may have edited them, missing ones are inserted.
 */
export function seedDatabase(db: Db, now = new Date()): SeedResult {
  return writeTransaction(db, (tx) => {
    COUNTRIES.forEach((c, i) => {
      const values = { ...c, sortOrder: i };
      tx.insert(countries).values(values).onConflictDoUpdate({ target: countries.code, set: values }).run();
    });

    let programsInserted = 0;
    const programIds = new Map<string, number>();
    for (const p of SEED_PROGRAMS) {
      const { key, ...fields } = p;
      const inserted = tx
        .insert(programs)
        .values({ ...fields, seedKey: key, createdAt: now, updatedAt: now })
        .onConflictDoNothing({ target: programs.seedKey })
        .run();
      programsInserted += inserted.changes;
      const row = tx.query.programs.findFirst({ where: (t, { eq }) => eq(t.seedKey, key) }).sync();
      programIds.set(key, row!.id);
    }

    let eventsInserted = 0;
    const eventIds = new Map<string, number>();
    for (const e of SEED_EVENTS) {
      const inserted = tx
        .insert(events)
        .values({
          uid: seedUid(e.key),
          seedKey: e.key,
          slug: e.slug,
          kind: e.kind,
          titleJa: e.titleJa,
          titleEn: e.titleEn,
          descriptionJa: e.descriptionJa ?? "",
          descriptionEn: e.descriptionEn ?? "",
          sector: e.sector,
          countryCode: e.countryCode,
          cityJa: e.cityJa ?? "",
          cityEn: e.cityEn ?? "",
          venueJa: e.venueJa ?? "",
          venueEn: e.venueEn ?? "",
          isSpecial: e.isSpecial,
          recurrenceJa: e.recurrenceJa ?? "",
          recurrenceEn: e.recurrenceEn ?? "",
          sourceUrl: e.sourceUrl ?? null,
          status: "published",
          ...storedEventTime(seedEventTime(e)),
          parentId: e.parentKey ? eventIds.get(e.parentKey) ?? null : null,
          programId: e.programKey ? programIds.get(e.programKey) ?? null : null,
          sortOrder: e.sortOrder ?? 0,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: events.seedKey })
        .run();
      eventsInserted += inserted.changes;
      const row = tx.query.events.findFirst({ where: (t, { eq }) => eq(t.seedKey, e.key), columns: { id: true } }).sync();
      eventIds.set(e.key, row!.id);
    }
    return { countries: COUNTRIES.length, programsInserted, eventsInserted };
  });
}

/** Seeds a database that has no events yet (first start). */
export function seedIfEmpty(db: Db): SeedResult | null {
  const [{ n }] = db.select({ n: count() }).from(events).all();
  return n === 0 ? seedDatabase(db) : null;
}
