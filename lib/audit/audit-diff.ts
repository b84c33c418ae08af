import { CONTENT_FIELDS, sameValue } from "@/lib/events/event-edit";
import { instantToLocal } from "@/lib/time/zones";
import type { EventSnapshot, SnapshotValue } from "./event-snapshot";

/**
 * Field-by-field differences between two snapshots, for the history view and conflict messages.
 * Values are returned in a display-neutral form; the page translates labels and booleans.
 */
export const DIFF_FIELDS = [...CONTENT_FIELDS, "sequence"] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export type DisplayValue =
  | { type: "empty" }
  | { type: "boolean"; value: boolean }
  | { type: "text"; text: string };

export type DiffRow = { field: DiffField; before: DisplayValue; after: DisplayValue };

const INSTANTS = new Set<string>(["startAt", "endAt", "deletedAt"]);

/** A stored value as staff read it: instants in the event's own zone ("2023-11-12 14:00 Asia/Tokyo"). */
export function displayValue(field: string, value: SnapshotValue | undefined, snapshot: EventSnapshot | null): DisplayValue {
  if (value === null || value === undefined || value === "") return { type: "empty" };
  if (typeof value === "boolean") return { type: "boolean", value };
  if (INSTANTS.has(field) && typeof value === "string") {
    const zone = field === "deletedAt" || typeof snapshot?.timeZone !== "string" ? "UTC" : snapshot.timeZone;
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) {
      const local = instantToLocal(date, zone);
      return { type: "text", text: `${local.date} ${local.time} ${zone}` };
    }
  }
  return { type: "text", text: String(value) };
}

const isBlank = (v: SnapshotValue) => v === null || v === "";

/** The rows that differ. A missing side (creation: no before) shows every non-empty field of the other. */
export function snapshotDiff(before: EventSnapshot | null, after: EventSnapshot | null): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const field of DIFF_FIELDS) {
    const a = before?.[field] ?? null;
    const b = after?.[field] ?? null;
    if (sameValue(a, b) || (isBlank(a) && isBlank(b))) continue;
    if (before === null && (isBlank(b) || b === false)) continue;
    rows.push({ field, before: displayValue(field, a, before), after: displayValue(field, b, after) });
  }
  return rows;
}
