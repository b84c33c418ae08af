import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticEvents } from "@/scripts/bench/synthetic-events";
import { freshDatabase } from "@/scripts/lib/fresh-database";
import { openDatabase } from "../client";
import { events } from "../schema";
import { countEventRows, readFeedEvents } from "./feed-events";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "feed-events-"));
const file = path.join(dir, "feeds.db");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("readFeedEvents", () => {
  it("hands over every column of every row as drizzle reads it, instants as epoch milliseconds", () => {
    freshDatabase(file, syntheticEvents(1500, new Date("2023-01-01T00:00:00Z")));
    const { db, sqlite } = openDatabase(file);
    try {
      // A deleted event within the retention period is in feeds too (as CANCELLED).
      const [deleted] = db.select({ id: events.id }).from(events).where(eq(events.status, "published")).limit(1).all();
      db.update(events).set({ deletedAt: new Date() }).where(eq(events.id, deleted.id)).run();

      const read = readFeedEvents({ filters: {} }, "all", (_, batches) => [...batches].flat(), db);
      expect(read.length).toBeGreaterThan(1500); // more than one batch
      // The bound feed workers are warmed by: every row, so never below a feed's events.
      expect(countEventRows(db)).toBe(db.select({ id: events.id }).from(events).all().length);
      expect(countEventRows(db)).toBeGreaterThanOrEqual(read.length);
      const byUid = new Map(
        db.select().from(events).where(inArray(events.uid, read.map((e) => e.uid))).all().map((row) => [row.uid, row]),
      );
      for (const e of read) {
        const row = byUid.get(e.uid)!;
        const ms = (d: Date | null) => (d === null ? null : d.getTime());
        expect(e).toEqual({
          uid: row.uid, slug: row.slug, titleJa: row.titleJa, titleEn: row.titleEn, descriptionJa: row.descriptionJa,
          descriptionEn: row.descriptionEn, sector: row.sector, countryCode: row.countryCode, cityJa: row.cityJa,
          cityEn: row.cityEn, venueJa: row.venueJa, venueEn: row.venueEn, isSpecial: row.isSpecial, status: row.status,
          cancelReason: row.cancelReason, allDay: row.allDay, startDate: row.startDate, endDate: row.endDate,
          startAt: ms(row.startAt), endAt: ms(row.endAt), timeZone: row.timeZone, sequence: row.sequence,
          createdAt: ms(row.createdAt), updatedAt: ms(row.updatedAt), deletedAt: ms(row.deletedAt),
        });
      }
      // Every kind of value went through the mapping.
      expect(new Set(read.map((e) => e.isSpecial))).toEqual(new Set([true, false]));
      expect(new Set(read.map((e) => e.allDay))).toEqual(new Set([true, false]));
      expect(new Set(read.map((e) => e.status))).toEqual(new Set(["published", "cancelled"]));
      expect(read.some((e) => e.deletedAt !== null)).toBe(true);
      expect(read.some((e) => e.startAt !== null)).toBe(true);
    } finally {
      sqlite.close();
    }
  });
});
