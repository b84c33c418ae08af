import "server-only";
import { and, isNull, max, min, ne } from "drizzle-orm";
import { getDb, type Db } from "../client";
import { events } from "../schema";

/** The earliest start and latest end of the events on the schedule (drafts included, deleted not), but one. */
export function scheduledDateSpan(exceptId: number | null, db: Db = getDb()): { first: string | null; last: string | null } {
  const conditions = [isNull(events.deletedAt), ...(exceptId === null ? [] : [ne(events.id, exceptId)])];
  const row = db.select({ first: min(events.startDate), last: max(events.endDate) }).from(events).where(and(...conditions)).get();
  return { first: row?.first ?? null, last: row?.last ?? null };
}
