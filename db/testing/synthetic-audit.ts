/**
 * Synthetic audit entries for benchmarks of the public changelog: `count` staff edits of existing
 * events, spread over 2023, deterministic for a given count. Most change something the public
 * sees (a move by an hour or a day, another city, a new title, a cancellation and its withdrawal,
 * a new description, sometimes with a public note); a fifth only the private note, which the
 * changelog must skip. Each entry carries full before/after snapshots, as staff edits write them,
 * and its public change derived by the same rule (lib/changes/public-change.ts).
 */
import { eventSnapshot } from "@/lib/audit/event-snapshot";
import { derivePublicChange, PUBLIC_CHANGE_RULE } from "@/lib/changes/public-change";
import type { Event } from "@/db/schema";
import type { auditLog } from "@/db/schema";
import { pick, random } from "./synthetic-events";

type AuditRow = typeof auditLog.$inferInsert;
type Edit = (e: Event, r: () => number) => Partial<Event>;

const HOUR = 3_600_000;
const shift = (d: Date | null, ms: number) => (d ? new Date(d.getTime() + ms) : null);

/** Edits with their weights; each returns the changed columns. */
const EDITS: [number, Edit][] = [
  [30, (e) => (e.allDay ? {} : { startAt: shift(e.startAt, HOUR), endAt: shift(e.endAt, HOUR) })],
  [10, (e) => (e.allDay ? { startDate: e.endDate, endDate: e.endDate } : {})],
  [15, (e, r) => ({ cityEn: `${e.cityEn.split(" ")[0]} ${pick(["Harbour", "Hills", "Old Town"], r)}`, cityJa: `${e.cityJa}新会場` })],
  [10, (e) => ({ titleEn: `${e.titleEn} (renamed)`, titleJa: `${e.titleJa}（改称）` })],
  [5, (e) => (e.status === "cancelled" ? { status: "published", cancelReason: "" } : { status: "cancelled", cancelReason: "Postponed by the host" })],
  [10, (e) => ({ descriptionEn: `${e.descriptionEn} Updated programme.`.trim() })],
  [20, (e) => ({ staffNote: `${e.staffNote} call the embassy`.trim() })],
];
const TOTAL_WEIGHT = EDITS.reduce((n, [w]) => n + w, 0);

function chooseEdit(r: () => number): Edit {
  let x = r() * TOTAL_WEIGHT;
  for (const [weight, edit] of EDITS) {
    if ((x -= weight) < 0) return edit;
  }
  return EDITS[0][1];
}

/** `count` audit rows for edits of `events` (as stored, with ids), at increasing times from February to December 2023. */
export function syntheticAuditEntries(events: readonly Event[], count: number): AuditRow[] {
  const r = random(count + 7);
  const current = new Map(events.map((e) => [e.id, e]));
  const ids = [...current.keys()];
  const start = Date.parse("2023-02-01T00:00:00Z");
  const step = Math.floor((Date.parse("2023-12-31T00:00:00Z") - start) / Math.max(1, count));
  const rows: AuditRow[] = [];
  for (let i = 0; i < count; i++) {
    const before = current.get(pick(ids, r))!;
    const at = new Date(start + i * step);
    const after: Event = { ...before, ...chooseEdit(r)(before, r), version: before.version + 1, updatedAt: at };
    current.set(after.id, after);
    const [b, a] = [eventSnapshot(before), eventSnapshot(after)];
    const noted = r() < 0.1;
    rows.push({
      at,
      userId: null,
      action: "event.update",
      entityType: "event",
      entityId: after.id,
      before: b,
      after: a,
      publicChange: derivePublicChange(b, a),
      changeRule: PUBLIC_CHANGE_RULE,
      publicNoteJa: noted ? "主催者の要請により変更しました。" : "",
      publicNoteEn: noted ? "Changed at the host's request." : "",
    });
  }
  return rows;
}
