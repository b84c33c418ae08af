/**
 * RFC 5545 SEQUENCE: calendar clients replace their copy of an event when SEQUENCE goes up.
 * It must rise whenever the date (its precision included), time, place, host or status changes
 * (a "significant" revision; planned/confirmed is the VEVENT's STATUS); text-only edits keep it,
 * and LAST-MODIFIED still tells clients that something changed.
 */
export const SEQUENCE_FIELDS = [
  "datePrecision",
  "isTentative",
  "allDay",
  "startDate",
  "endDate",
  "startAt",
  "endAt",
  "timeZone",
  "hostKind",
  "countryCode",
  "cityJa",
  "cityEn",
  "venueJa",
  "venueEn",
  "status",
  "deletedAt",
] as const;

type SequenceRelevant = { [K in (typeof SEQUENCE_FIELDS)[number]]: unknown };

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return (a instanceof Date ? a.getTime() : a ?? null) === (b instanceof Date ? b.getTime() : b ?? null);
  }
  return (a ?? null) === (b ?? null);
}

export function isSignificantChange(before: SequenceRelevant, after: SequenceRelevant): boolean {
  return SEQUENCE_FIELDS.some((f) => !same(before[f], after[f]));
}

/** The SEQUENCE to store after an edit from `before` to `after`. */
export function nextSequence(before: SequenceRelevant & { sequence: number }, after: SequenceRelevant): number {
  return isSignificantChange(before, after) ? before.sequence + 1 : before.sequence;
}
