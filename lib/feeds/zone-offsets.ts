import type { IANAZone } from "luxon";

const STEP = 7 * 86_400_000;
const REACH = 53 * STEP;

type Span = { from: number; to: number; offset: number };

/**
 * UTC offsets of one IANA zone, remembered as spans of constant offset. Asking Intl for an
 * offset costs microseconds, and a feed needs two per timed event; a zone changes its offset
 * at most a few times a year, so after the first look-up nearly every event hits a known span.
 * Spans are found by probing a week apart (no zone changes its offset twice within a week)
 * and bisecting to the millisecond at each change.
 */
export class ZoneOffsets {
  private spans: Span[] = [];
  private last: Span | undefined;

  constructor(readonly zone: IANAZone) {}

  get name(): string {
    return this.zone.name;
  }

  /** Offset in minutes at `ms`, like `zone.offset(ms)`. */
  offset(ms: number): number {
    const last = this.last;
    if (last && ms >= last.from && ms < last.to) return last.offset;
    let span = this.spans.find((s) => ms >= s.from && ms < s.to);
    if (!span) {
      span = this.spanAround(ms);
      this.spans.push(span);
    }
    this.last = span;
    return span.offset;
  }

  private spanAround(ms: number): Span {
    const offset = this.zone.offset(ms);
    return { from: this.edge(ms, offset, -1), to: this.edge(ms, offset, 1), offset };
  }

  /**
   * Direction 1: the first instant after `ms` with another offset (exclusive end of the span).
   * Direction -1: the first instant of the span. Searches up to REACH away, then stops there.
   */
  private edge(ms: number, offset: number, direction: 1 | -1): number {
    let same = ms;
    let other: number | undefined;
    for (let probe = ms + direction * STEP; Math.abs(probe - ms) <= REACH; probe += direction * STEP) {
      if (this.zone.offset(probe) !== offset) {
        other = probe;
        break;
      }
      same = probe;
    }
    if (other === undefined) return direction === 1 ? same + 1 : same;
    // Bisect to the millisecond: `same` keeps the offset, `other` has another one.
    while (Math.abs(other - same) > 1) {
      const mid = Math.floor((same + other) / 2);
      if (this.zone.offset(mid) === offset) same = mid;
      else other = mid;
    }
    return direction === 1 ? other : same;
  }
}
