/**
 * A feed's events (their ids, in feed order) split into contiguous parts for feed worker
 * threads: at most `maxParts`, none smaller than `minPartEvents` unless there is only one, as
 * even as possible. No events, no parts. Parts are assembled in order, so the feed's bytes do
 * not depend on the split (lib/feeds/build-feed.ts assembleFeed).
 */
export function splitIntoParts<T>(ids: readonly T[], maxParts: number, minPartEvents: number): T[][] {
  const count = partCount(ids.length, maxParts, minPartEvents);
  const parts: T[][] = [];
  for (let i = 0; i < count; i++) parts.push(ids.slice(Math.floor((i * ids.length) / count), Math.floor(((i + 1) * ids.length) / count)));
  return parts;
}

/** How many parts splitIntoParts makes of `events` events. */
export function partCount(events: number, maxParts: number, minPartEvents: number): number {
  return events === 0 ? 0 : Math.max(1, Math.min(maxParts, Math.floor(events / minPartEvents)));
}
