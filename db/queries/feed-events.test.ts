import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticEvents } from "@/db/testing/synthetic-events";
import { freshDatabase } from "@/db/testing/fresh-database";
import { openDatabase } from "../open-database";
import { events } from "../schema";
import { FEED_EVENT_FIELDS } from "@/lib/feeds/feed-event";
import { publicEventOrder } from "./event-conditions";
import { readFeedEvents } from "./feed-events";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "feed-events-"));
const file = path.join(dir, "feeds.db");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("readFeedEvents", () => {
  it("hands over exactly the feed's columns of every row, in batches, in the public order", () => {
    freshDatabase(file, syntheticEvents(1500, new Date("2023-01-01T00:00:00Z")));
    const { db, sqlite } = openDatabase(file);
    try {
      // A deleted event within the retention period is in feeds too (as CANCELLED).
      const [deleted] = db.select({ id: events.id }).from(events).where(eq(events.status, "published")).limit(1).all();
      db.update(events).set({ deletedAt: new Date() }).where(eq(events.id, deleted.id)).run();

      const read = readFeedEvents(db)({ filters: {} }, "all", (_, rows) => [...rows]);
      expect(read.length).toBeGreaterThan(1500); // more than one batch
      const byUid = new Map(db.select().from(events).where(inArray(events.uid, read.map((e) => e.uid))).all().map((row) => [row.uid, row]));
      for (const e of read) {
        const row = byUid.get(e.uid)!;
        // No audit entries here: no event has a last public change.
        expect(e).toEqual({ ...Object.fromEntries(FEED_EVENT_FIELDS.map((field) => [field, row[field]])), lastChange: null });
      }
      const inOrder = db.select({ uid: events.uid }).from(events).where(inArray(events.uid, read.map((e) => e.uid))).orderBy(...publicEventOrder).all();
      expect(read.map((e) => e.uid)).toEqual(inOrder.map((r) => r.uid));
      expect(read.some((e) => e.deletedAt !== null)).toBe(true);
    } finally {
      sqlite.close();
    }
  });
});
