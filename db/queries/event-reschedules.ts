import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { previousPublicStarts } from "@/lib/structured-data/previous-starts";
import type { StoredEventDate } from "@/lib/time/date-precision";
import { getDb } from "../client";
import { auditLog } from "../schema";

/** The start dates a public event had before it was moved, oldest first (lib/structured-data/previous-starts.ts). */
export function listPreviousStarts(eventId: number, current: StoredEventDate): StoredEventDate[] {
  const entries = getDb()
    .select({ before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "event"), eq(auditLog.entityId, eventId), inArray(auditLog.action, ["event.update", "event.restore"])))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .all();
  return previousPublicStarts(entries, current);
}
