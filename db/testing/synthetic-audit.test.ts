import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../open-database";
import { countPublicChanges, listPublicChanges } from "../queries/public-changes";
import { queryPlans } from "./query-plans";
import { freshDatabase } from "./fresh-database";
import { syntheticEvents } from "./synthetic-events";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "synthetic-audit-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("synthetic audit entries", () => {
  it("are staff edits of the events, mostly public ones, that the changelog reads through its index at scale", () => {
    const file = path.join(dir, "bench.db");
    expect(freshDatabase(file, syntheticEvents(500, new Date("2023-01-01T00:00:00Z")), { auditEntries: 3000 })).toMatchObject({ auditEntries: 3000 });
    const { db, sqlite } = openDatabase(file);
    try {
      const total = countPublicChanges(db, { filters: {} });
      // A fifth only touch the private note, and a few a move of an all-day event's single day: no public change.
      expect(total).toBeGreaterThan(3000 * 0.6);
      expect(total).toBeLessThan(3000 * 0.85);
      const [newest] = listPublicChanges(db, { filters: { sector: "tourism" } }, { limit: 1 });
      expect(newest.change.items.length).toBeGreaterThan(0);
      const [plan] = queryPlans(sqlite, () => listPublicChanges(db, { filters: { sector: "tourism", country: "TH" } }, { limit: 50, offset: 100 }), (s) => /^select/i.test(s));
      expect(plan).toBe("SCAN audit_log USING INDEX audit_public_at_idx | SEARCH events USING INTEGER PRIMARY KEY (rowid=?)");
    } finally {
      sqlite.close();
    }
  });
});
