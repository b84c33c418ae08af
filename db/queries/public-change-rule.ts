import { and, eq, gt, isNull, ne, or } from "drizzle-orm";
import { derivePublicChange, PUBLIC_CHANGE_RULE } from "@/lib/changes/public-change";
import type { Db } from "../open-database";
import { auditLog } from "../schema";
import { writeTransaction } from "../transaction";

const BATCH = 500;

/**
 * Derives the public change of every event audit entry not yet derived under the current rule
 * (lib/changes/public-change.ts): the entries written before the changelog existed, and all of
 * them again when the rule changes. Run at start, like the data migrations; returns how many
 * entries it derived. Audit entries are no public table, so the data version does not move.
 */
export function applyPublicChangeRule(db: Db): number {
  const pending = and(eq(auditLog.entityType, "event"), or(isNull(auditLog.changeRule), ne(auditLog.changeRule, PUBLIC_CHANGE_RULE)));
  let derived = 0;
  let afterId = 0;
  for (;;) {
    const rows = db
      .select({ id: auditLog.id, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(pending, gt(auditLog.id, afterId)))
      .orderBy(auditLog.id)
      .limit(BATCH)
      .all();
    if (rows.length === 0) return derived;
    writeTransaction(db, (tx) => {
      for (const row of rows) {
        tx.update(auditLog)
          .set({ publicChange: derivePublicChange(row.before, row.after), changeRule: PUBLIC_CHANGE_RULE })
          .where(eq(auditLog.id, row.id))
          .run();
      }
    });
    derived += rows.length;
    afterId = rows[rows.length - 1].id;
  }
}
