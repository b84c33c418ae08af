import "server-only";
import { count } from "drizzle-orm";
import { capitalTimeZone, COUNTRIES, isCountryCode } from "@/lib/events/countries";
import { hostFromValue } from "@/lib/events/hosts";
import { monthSpan } from "@/lib/time/date-precision";
import { eventTimeFromLocal, storedEventTime, type EventTime } from "@/lib/time/event-time";
import type { Db } from "../open-database";
import { writeTransaction } from "../transaction";
import { countries, countryFacts, events, programs, type NewEvent } from "../schema";
import { COUNTRY_FACTS } from "./data/country-facts";
import { MEETINGS } from "./data/meetings";
import { OTHER_EVENTS } from "./data/other-events";
import { YOUTH_ITINERARY, YOUTH_PROGRAM } from "./data/youth-program";
import type { SeedEvent, SeedProgram } from "./types";

export const SEED_PROGRAMS: SeedProgram[] = [YOUTH_PROGRAM];
/** Parents come before their children. */
export const SEED_EVENTS: SeedEvent[] = [...MEETINGS, ...OTHER_EVENTS, ...YOUTH_ITINERARY];

/** The zone of an event whose host is no country (not stated, online…) when the briefing gives none. */
export const NO_VENUE_TIME_ZONE = "Etc/UTC";

/** The iCalendar UID of a seeded event: a pure function of its seed key, so re-seeding keeps it. */
export function seedUid(key: string): string {
  return `${key}@japan-asean-2023`;
}

export function seedEventTime(e: SeedEvent): EventTime {
  const timeZone = e.timeZone ?? (isCountryCode(e.host) ? capitalTimeZone(e.host) : NO_VENUE_TIME_ZONE);
  const t = e.time;
  if ("month" in t) return { allDay: true, ...monthSpan(t.month), timeZone };
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

/** Database ids of the seeded rows a row points to (parent event, program), by seed key. */
export type SeedIds = { events: Map<string, number>; programs: Map<string, number> };

/** The content columns of a seeded event (what staff can edit), as the seeder writes them. */
export function seedEventContent(e: SeedEvent, ids: SeedIds) {
  const host = hostFromValue(e.host);
  if (!host) throw new Error(`Seed event ${e.key}: unknown host ${e.host}`);
  return {
    slug: e.slug,
    kind: e.kind,
    titleJa: e.titleJa,
    titleEn: e.titleEn,
    descriptionJa: e.descriptionJa ?? "",
    descriptionEn: e.descriptionEn ?? "",
    sector: e.sector,
    ...host,
    hostNoteJa: e.hostNoteJa ?? "",
    hostNoteEn: e.hostNoteEn ?? "",
    cityJa: e.cityJa ?? "",
    cityEn: e.cityEn ?? "",
    venueJa: e.venueJa ?? "",
    venueEn: e.venueEn ?? "",
    isSpecial: e.isSpecial,
    recurrenceJa: e.recurrenceJa ?? "",
    recurrenceEn: e.recurrenceEn ?? "",
    sourceUrl: e.sourceUrl ?? null,
    sourceTitleJa: e.sourceTitleJa,
    sourceTitleEn: e.sourceTitleEn,
    sourceNoteJa: e.sourceNoteJa ?? "",
    sourceNoteEn: e.sourceNoteEn ?? "",
    status: "published" as const,
    datePrecision: "month" in e.time ? ("month" as const) : ("day" as const),
    isTentative: e.isTentative ?? false,
    ...storedEventTime(seedEventTime(e)),
    parentId: e.parentKey ? ids.events.get(e.parentKey) ?? null : null,
    programId: e.programKey ? ids.programs.get(e.programKey) ?? null : null,
    sortOrder: e.sortOrder ?? 0,
  } satisfies Partial<NewEvent>;
}

export type SeedResult = { countries: number; programsInserted: number; eventsInserted: number; countryFactsInserted: number };

/**
 * Writes the reference data and the events of the source document. Idempotent: rows are matched
 * by seed key (facts by country), existing rows are left as staff may have edited them, missing
 * ones are inserted. Seeded rows whose facts changed since an earlier release are updated by
 * db/seed/seed-revisions.ts, once, where staff have not edited them.
 */
export function seedDatabase(db: Db, now = new Date()): SeedResult {
  return writeTransaction(db, (tx) => {
    COUNTRIES.forEach((c, i) => {
      const values = { ...c, sortOrder: i };
      tx.insert(countries).values(values).onConflictDoUpdate({ target: countries.code, set: values }).run();
    });

    let countryFactsInserted = 0;
    for (const { code, ...facts } of COUNTRY_FACTS) {
      countryFactsInserted += tx
        .insert(countryFacts)
        .values({ ...facts, countryCode: code, updatedAt: now })
        .onConflictDoNothing({ target: countryFacts.countryCode })
        .run().changes;
    }

    let programsInserted = 0;
    const ids: SeedIds = { events: new Map(), programs: new Map() };
    for (const p of SEED_PROGRAMS) {
      const { key, ...fields } = p;
      const inserted = tx
        .insert(programs)
        .values({ ...fields, seedKey: key, createdAt: now, updatedAt: now })
        .onConflictDoNothing({ target: programs.seedKey })
        .run();
      programsInserted += inserted.changes;
      const row = tx.query.programs.findFirst({ where: (t, { eq }) => eq(t.seedKey, key) }).sync();
      ids.programs.set(key, row!.id);
    }

    let eventsInserted = 0;
    for (const e of SEED_EVENTS) {
      const inserted = tx
        .insert(events)
        .values({ ...seedEventContent(e, ids), uid: seedUid(e.key), seedKey: e.key, createdAt: now, updatedAt: now })
        .onConflictDoNothing({ target: events.seedKey })
        .run();
      eventsInserted += inserted.changes;
      const row = tx.query.events.findFirst({ where: (t, { eq }) => eq(t.seedKey, e.key), columns: { id: true } }).sync();
      ids.events.set(e.key, row!.id);
    }
    return { countries: COUNTRIES.length, programsInserted, eventsInserted, countryFactsInserted };
  });
}

/** Seeds a database that has no events yet (first start). */
export function seedIfEmpty(db: Db): SeedResult | null {
  const [{ n }] = db.select({ n: count() }).from(events).all();
  return n === 0 ? seedDatabase(db) : null;
}
