/**
 * How long an event that staff delete stays in the feeds as STATUS:CANCELLED, so that
 * subscribed calendars remove or strike it instead of keeping a stale copy.
 *
 * Measured from the event's deletedAt to the time of the latest change of the public data
 * (data_version.changedAt), not to the clock: a feed is then a pure function of the data and
 * stays byte-identical (same ETag) while nothing changes. A deleted event therefore leaves the
 * feeds with the first data change that happens more than this period after its deletion.
 */
export const DELETED_EVENT_RETENTION_DAYS = 180;

const DAY_MS = 86_400_000;

/** Deleted events with deletedAt at or after this instant are still in the feeds. */
export function deletedEventCutoff(dataChangedAt: Date): Date {
  return new Date(dataChangedAt.getTime() - DELETED_EVENT_RETENTION_DAYS * DAY_MS);
}
