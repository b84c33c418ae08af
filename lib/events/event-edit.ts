import type { Event } from "@/db/schema";
import { nextSequence } from "@/lib/feeds/sequence";
import type { EventInput } from "@/lib/validation/event-input";

/**
 * Pure rules for changing an event row: what an edit writes, which fields it changed, and the
 * bookkeeping every write carries (SEQUENCE by the feed rule, row version +1, updatedAt/By).
 */

/** Fields the event form edits (slug included: only while the event has never been public). */
export const EDITABLE_FIELDS = [
  "kind", "titleJa", "titleEn", "slug", "descriptionJa", "descriptionEn", "sector", "hostKind", "countryCode",
  "hostNoteJa", "hostNoteEn", "cityJa", "cityEn", "venueJa", "venueEn", "datePrecision", "isTentative", "allDay",
  "startDate", "endDate", "startAt", "endAt", "timeZone", "isSpecial", "recurrenceJa", "recurrenceEn", "sourceUrl",
  "sourceTitleJa", "sourceTitleEn", "sourceNoteJa", "sourceNoteEn", "parentId", "programId", "staffNote",
] as const satisfies readonly (keyof Event)[];

/** Everything a person can change about an event, through the form or the action buttons. */
export const CONTENT_FIELDS = [...EDITABLE_FIELDS, "status", "cancelReason", "cancelReasonEn", "sortOrder", "deletedAt"] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];

/** Equality for stored values: Dates and ISO strings of the same instant are equal, undefined is null. */
export function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v instanceof Date ? v.toISOString() : v ?? null);
  return norm(a) === norm(b);
}

/** The fields whose values differ between two versions of an event, in CONTENT_FIELDS order. */
export function changedFields(
  before: Partial<Record<ContentField, unknown>>,
  after: Partial<Record<ContentField, unknown>>,
  fields: readonly ContentField[] = CONTENT_FIELDS,
): ContentField[] {
  return fields.filter((f) => !sameValue(before[f], after[f]));
}

export type EventPatch = Partial<Pick<Event, ContentField>>;

/** The values a write stores: the patch plus SEQUENCE, version, updatedAt and updatedBy. */
export function applyEventPatch(current: Event, patch: EventPatch, by: { userId: number | null; now: Date }) {
  const merged = { ...current, ...patch };
  return {
    ...patch,
    sequence: nextSequence(current, merged),
    version: current.version + 1,
    updatedAt: by.now,
    updatedBy: by.userId,
  };
}

/** The patch an edit from the form makes; `slug` is null when the form left it empty (keep the current one). */
export function editPatch(current: Event, input: EventInput): EventPatch {
  const patch: EventPatch = {};
  for (const field of EDITABLE_FIELDS) {
    const value = field === "slug" ? input.slug ?? current.slug : input[field];
    if (!sameValue(current[field], value)) (patch as Record<string, unknown>)[field] = value;
  }
  return patch;
}
