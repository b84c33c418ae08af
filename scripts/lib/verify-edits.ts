import { openDatabase } from "@/db/open-database";
import { listEventAudit } from "@/db/queries/audit";
import { getStaffEvent } from "@/db/queries/staff-events";
import { integrityCheck } from "./db-backup";
import type { AckedEdit } from "./edit-stream";

/**
 * Checks the database file against the acknowledged edits: PRAGMA integrity_check is ok, every
 * acknowledged creation exists with its UID, every acknowledged update is in the audit log as
 * that version with its marker, and each event is at least at its last acknowledged version
 * (exactly that, with that title, unless a later unacknowledged write also committed).
 * Returns the problems found (none: all good). The server must not be running.
 */
export function verifyAcknowledgedEdits(databaseFile: string, acked: AckedEdit[]): string[] {
  const problems: string[] = [];
  const integrity = integrityCheck(databaseFile);
  if (integrity !== "ok") problems.push(`integrity_check: ${integrity}`);
  const { db, sqlite } = openDatabase(databaseFile);
  try {
    const byEvent = new Map<number, AckedEdit[]>();
    for (const edit of acked) byEvent.set(edit.id, [...(byEvent.get(edit.id) ?? []), edit]);
    for (const [id, edits] of byEvent) {
      const row = getStaffEvent(id, db);
      if (!row) {
        problems.push(`event ${id}: acknowledged but missing`);
        continue;
      }
      const created = edits.find((e) => e.kind === "create");
      if (created && row.uid !== created.uid) problems.push(`event ${id}: UID ${row.uid}, acknowledged ${created.uid}`);
      const history = listEventAudit(id, { pageSize: 1_000_000 }, db).rows;
      const logged = new Set(history.map((h) => `${h.after?.version}|${h.after?.titleEn}`));
      for (const e of edits) {
        if (!logged.has(`${e.version}|${e.marker}`)) problems.push(`event ${id}: acknowledged version ${e.version} ("${e.marker}") not in the audit log`);
      }
      const last = edits.reduce((a, b) => (b.version > a.version ? b : a));
      if (row.version < last.version) problems.push(`event ${id}: at version ${row.version}, acknowledged ${last.version}`);
      if (row.version === last.version && row.titleEn !== last.marker) problems.push(`event ${id}: title "${row.titleEn}", acknowledged "${last.marker}"`);
    }
  } finally {
    sqlite.close();
  }
  return problems;
}
