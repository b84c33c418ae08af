import crypto from "node:crypto";
import { eq, isNotNull } from "drizzle-orm";
import { editPatchFromPatch } from "@/lib/events/event-edit-restore";
import type { Db } from "../open-database";
import { writeChange } from "../queries/staff-events-shared";
import { dataMigrations, events, programs, type Event } from "../schema";
import { writeTransaction } from "../transaction";
import { SEED_EVENTS, seedEventContent, type SeedIds } from "./seed";

/**
 * Data migrations of seeded rows, each applied once (recorded in data_migrations) when a database
 * is opened, after the schema migrations. A seeded row is revised only while it is exactly as an
 * earlier release seeded it: a row staff have changed in any way is left as they made it.
 *
 * "2023-briefing-precision-hosts" (issue 17): every row seeded by the first release gets its
 * source slide; boilerplate leaves the descriptions; hosts the briefing does not state become
 * "not stated" (AZEC ministerial, ASEAN-G7 justice dialogue) and the youth online sessions
 * "online"; source notes show the briefing's discrepancies; the online exchange, which the briefing
 * gives as two sessions and not as a 12–19 November span, stops being a dated phase (deleted, so
 * feeds send it as CANCELLED and calendars drop the week-long bar). Each write goes through
 * writeChange: SEQUENCE by the feed rule, version +1, an audit entry by the system.
 */
export const BRIEFING_REVISION = "2023-briefing-precision-hosts";

/** The content columns of the first release's schema, in a fixed order (parent and program by seed key). */
const RELEASE_FIELDS = [
  "slug", "kind", "titleJa", "titleEn", "descriptionJa", "descriptionEn", "sector", "countryCode",
  "cityJa", "cityEn", "venueJa", "venueEn", "isSpecial", "recurrenceJa", "recurrenceEn", "sourceUrl",
  "status", "cancelReason", "staffNote", "allDay", "startDate", "endDate", "startAt", "endAt", "timeZone",
  "parentKey", "programKey", "sortOrder", "deletedAt",
] as const;

/** The fingerprint of a row's first-release content: equal only while nobody has changed it. */
export function releaseContentHash(row: Event, seedKeys: { events: Map<number, string>; programs: Map<number, string> }): string {
  const value = (field: (typeof RELEASE_FIELDS)[number]) => {
    if (field === "parentKey") return row.parentId === null ? null : seedKeys.events.get(row.parentId) ?? `#${row.parentId}`;
    if (field === "programKey") return row.programId === null ? null : seedKeys.programs.get(row.programId) ?? `#${row.programId}`;
    // The release's one reason column now lies in the column of its language (drizzle/0008); the other is empty.
    if (field === "cancelReason") return row.cancelReason + row.cancelReasonEn;
    const v = row[field];
    return v instanceof Date ? v.toISOString() : v;
  };
  return crypto.createHash("sha256").update(JSON.stringify(RELEASE_FIELDS.map(value))).digest("base64url");
}

/**
 * Each row as the first release seeded it (db/testing/release-seed.sql holds those rows; a test
 * checks these fingerprints against them).
 */
export const RELEASE_SEEDED: Record<string, string> = {
  "meeting-2023-02-10-digital": "kND6ldIyNZJ6cBX2zrh7NgsWfBr__eXZ3253zunS3mM",
  "meeting-2023-05-02-finance": "Qbc7wjeXIA1j5RI0Txjmn31qy5VJiooy05oD1Arh77A",
  "meeting-2023-07-06-justice": "QNb3f1WHkAfxa07lDixm_FE-oXtoHYnhqokoIdqpdXI",
  "meeting-2023-07-13-foreign": "t1GQm50wixBZXQ7PeddynloUKw_4jFeMAWmKd632U-c",
  "meeting-2023-08-22-economy": "vrhrQ2-rVBI4CkO0mHDvJr-az0SmdZ8Q3rvgP5BlaH8",
  "meeting-2023-08-22-transnational-crime": "VOUiuYkRy7BEJtCZuIsQfsfdZCro-xdeFf6rsjq0oFE",
  "meeting-2023-08-24-environment": "w0WbU5yn940h8hGg1KA9T87nAL778p4Hn5cH_ZPvMT4",
  "meeting-2023-09-01-sports": "gM0VVnRW7nQrU2l3ackDB8N-9fsbibC0lJsDeSm-pP4",
  "meeting-2023-09-06-summit": "fa1XgO-C1K3zvHVbMVcTzh0lTJS4cOY54Nvg6XS4IuI",
  "meeting-2023-10-04-agriculture": "QT09Cmr-YAr66vSKckZjYvk5C_b-QtlVD1q3BQgetIQ",
  "meeting-2023-10-12-disaster": "1Od3MbiYEULEr5ohiwbW6QKWsHdJI1jNKl0l85AM6fw",
  "meeting-2023-10-27-tourism": "KvCSSgmPSR8Umo1gSVpqOJo1dL7lFCVpXgE_TctK9PM",
  "meeting-2023-11-10-transport": "wpPi3QGbTKv9IL17CY176jiGL1DdZbtXXzSGWFwrWUw",
  "meeting-2023-12-17-commemorative-summit": "dWW8aPta9tzBzRNHwpivEAnkaRfaD7EiNO5aDXE5vyU",
  "event-2023-02-13-symposium": "GrXuCTyGCRdSrcgW5jBIrpjVWFx_T_CAw_61lXQr3rc",
  "meeting-2023-03-04-azec-ministerial": "sfCmpDCdgo90ilEC-9GNvjBHVQG33CmdOUFX8vYQ-VQ",
  "meeting-2023-07-07-asean-g7-justice": "xEExwVA6zT-ZDgFI5hfT779rbCXFcawwzznqC9fIBho",
  "event-2023-10-26-smart-city": "FoUQWZB1mTzXt1VFIyF4bLAKu9hQCFX3shqdcaThWBw",
  "program-2023-youth-online": "bnMtwy_o9_6qtGzoUA0ya-YZwrZO1dyCt9F87FqBf5U",
  "program-2023-youth-2023-11-12-online": "D2UPuIYRnddUVrq3_kMYpGOs0vUB8WxDdYdN5SV0OeE",
  "program-2023-youth-2023-11-19-online": "vg_0N0ulCSupl4f06E68wnmb1YnQOMoG5htPmShSVt4",
  "program-2023-youth-central-1": "G5wwoQKmPpV5S4zebzLj7uEG3nt3WpM-rBJlZwJbdww",
  "program-2023-youth-2023-11-29-arrival": "S204BMWbsCROvTEk709wV_0cp_ychGdo8_x-BZffFhI",
  "program-2023-youth-2023-11-29-opening": "6D07HfBzsE7qPADmTwGut0xZ3MIJLPgFmojgtKC5qiM",
  "program-2023-youth-local": "kaKMD7TlIiW-erkx4LoM0Mt9d_yO506WBjR8EG3DkGY",
  "program-2023-youth-central-2": "Ob-2VokRUpAkFUl-TGsUvi3QqkRzAuTFWrUHRTBErJI",
  "program-2023-youth-2023-12-04-discussions": "Ff90sqAv-PEenhhivRMmB4uvODlPfjVuBdDBgg7_Aao",
  "program-2023-youth-2023-12-06-guests-arrive": "1f0V7P7b6WMUjaYhq4LwJfRoVIMy4d6vtSIRT2XAWlE",
  "program-2023-youth-meetings": "IUflg1tZm2mHHgRmCKt3gSKFiel2pOetjOEmzlantSU",
  "program-2023-youth-2023-12-08-departure": "h7oMnHLHgXMIcWfxNKduLjxf2eGX9RTLGvUA2SE87p8",
  "program-2023-youth-2023-12-09-guests-depart": "ui-LvjNvYk24zwNPaE8oN6zWsiKB6CcPWdTYBSMNkn4",
};

function alreadyApplied(tx: Db, name: string): boolean {
  return tx.select({ name: dataMigrations.name }).from(dataMigrations).where(eq(dataMigrations.name, name)).get() !== undefined;
}

/** Applies the data migrations this database has not had yet. Returns the number of rows revised. */
export function applySeedRevisions(db: Db, now = new Date()): number {
  return writeTransaction(db, (tx) => {
    if (alreadyApplied(tx, BRIEFING_REVISION)) return 0;
    const seeded = tx.select().from(events).where(isNotNull(events.seedKey)).all();
    const seededPrograms = tx.select({ id: programs.id, seedKey: programs.seedKey }).from(programs).where(isNotNull(programs.seedKey)).all();
    const ids: SeedIds = {
      events: new Map(seeded.map((e) => [e.seedKey!, e.id])),
      programs: new Map(seededPrograms.map((p) => [p.seedKey!, p.id])),
    };
    const seedKeys = { events: new Map(seeded.map((e) => [e.id, e.seedKey!])), programs: new Map(seededPrograms.map((p) => [p.id, p.seedKey!])) };
    let revised = 0;
    for (const [key, fingerprint] of Object.entries(RELEASE_SEEDED)) {
      const row = seeded.find((e) => e.seedKey === key);
      if (!row || releaseContentHash(row, seedKeys) !== fingerprint) continue;
      const target = SEED_EVENTS.find((e) => e.key === key);
      const patch = target ? editPatchFromPatch(row, seedEventContent(target, ids)) : { deletedAt: now };
      if (Object.keys(patch).length === 0) continue;
      const action = target ? "event.update" : "event.delete";
      const written = writeChange(tx, row, row.version, patch, { action, actor: { userId: null, now }, detail: `Seed revision: ${BRIEFING_REVISION}` });
      if (written) revised += 1;
    }
    tx.insert(dataMigrations).values({ name: BRIEFING_REVISION, appliedAt: now }).run();
    return revised;
  });
}
