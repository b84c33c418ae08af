import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { queryPlans } from "../testing/query-plans";

/**
 * SQLite's own query plans for the public order: the schedule pages, their count and the feeds'
 * id lists must walk events_public_order_idx, not read the status index and sort every event
 * (which took up to 1.3 s per schedule page at 100,000 events).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "public-order-"));
process.env.DATABASE_URL = `file:${path.join(dir, "plans.db")}`;
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const { getDb, getSqlite } = await import("../client");
const { listScheduleEvents } = await import("./public-events");
const { readFeedEvents } = await import("./feed-events");

/** EXPLAIN QUERY PLAN of every SELECT from events with an ORDER BY or a COUNT that `run` prepares (`only`: whose SQL matches). */
function plansOf(run: () => unknown, only = /./): string[] {
  return queryPlans(getSqlite(), run, (source) => /^select/i.test(source) && /order by|count\(/i.test(source) && /from "events"/i.test(source) && only.test(source));
}

describe("query plans of the public order", () => {
  it("schedule pages (any page, any filter) walk the public-order index without sorting; the count reads the index alone", () => {
    const [count, firstPage] = plansOf(() => listScheduleEvents({}));
    expect(count).toBe("SCAN events USING COVERING INDEX events_public_order_idx");
    expect(firstPage).toBe("SCAN events USING INDEX events_public_order_idx");
    expect(plansOf(() => listScheduleEvents({ page: 40 }))[1]).toBe(firstPage);
    // The filters' columns are in the table, so their count reads it; the page still walks the index.
    expect(plansOf(() => listScheduleEvents({ sector: "tourism", country: "JP", special: true }))[1]).toBe(firstPage);
  });

  it("a search reads each word's matches once (not once per event), then sorts the title matches first", () => {
    const [count, page] = plansOf(() => listScheduleEvents({ q: "youth meeting" }));
    for (const plan of [count, page]) {
      expect(plan).toContain("LIST SUBQUERY");
      expect(plan).not.toContain("CORRELATED");
    }
    expect(page).toContain("USE TEMP B-TREE FOR ORDER BY");
  });

  it("a feed's id list is read from the index alone, in order", () => {
    const readFeed = readFeedEvents(getDb());
    const idList = /^select "id" from "events"/i;
    const idLists = [
      ...plansOf(() => readFeed({ filters: {} }, "all", () => null), idList),
      ...plansOf(() => readFeed({ filters: { special: true } }, "window", () => null), idList),
    ];
    expect(idLists).toHaveLength(2);
    expect(idLists[0]).toContain("COVERING INDEX events_public_order_idx");
    for (const plan of idLists) expect(plan).not.toContain("TEMP B-TREE");
  });
});
