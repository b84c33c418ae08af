import type { ICalLuxonDateTimeStub } from "ical-generator";

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Civil date of a day count since 1970-01-01 (H. Hinnant's algorithm): no Date objects involved. */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** "YYYYMMDD" and "HHmmss" of the wall clock that shows `ms` (already shifted by any offset). */
function wallClock(ms: number): { date: string; time: string } {
  const days = Math.floor(ms / DAY_MS);
  const [y, m, d] = civilFromDays(days);
  const seconds = Math.floor((ms - days * DAY_MS) / 1000);
  const time = pad(Math.floor(seconds / 3600)) + pad(Math.floor(seconds / 60) % 60) + pad(seconds % 60);
  return { date: pad(y, 4) + pad(m) + pad(d), time };
}

/**
 * A date-time value for ical-generator, which accepts any object of the shape of a Luxon
 * DateTime (its `ICalLuxonDateTimeStub`). Given a JS Date and an event time zone,
 * ical-generator would print the wall clock of the *server's* zone; given this value it prints
 * the wall clock of the venue's zone, computed once, with no Date arithmetic per call (Next.js
 * replaces the global Date on the server, which makes date-heavy code several times slower).
 */
export class IcalDateTime implements ICalLuxonDateTimeStub {
  readonly isValid = true;
  readonly zone: { type: string };

  private constructor(
    readonly epochMs: number,
    readonly zoneName: string,
    private readonly wall: { date: string; time: string },
  ) {
    this.zone = { type: zoneName === "utc" ? "fixed" : "iana" };
  }

  /** An instant, printed in UTC ("…Z"): DTSTAMP, CREATED, LAST-MODIFIED. */
  static utc(epochMs: number): IcalDateTime {
    return new IcalDateTime(epochMs, "utc", wallClock(epochMs));
  }

  /** An instant, printed as the wall clock of an IANA zone (DTSTART;TZID=…). */
  static inZone(epochMs: number, zone: { name: string; offset(ms: number): number }): IcalDateTime {
    return new IcalDateTime(epochMs, zone.name, wallClock(epochMs + zone.offset(epochMs) * 60_000));
  }

  /** A calendar date "YYYY-MM-DD" (VALUE=DATE). */
  static date(calendarDate: string): IcalDateTime {
    const [y, m, d] = calendarDate.split("-").map(Number);
    return IcalDateTime.utc(Date.UTC(y, m - 1, d));
  }

  setZone(zone?: string): IcalDateTime {
    if (zone === this.zoneName) return this;
    if (zone?.toLowerCase() === "utc") return IcalDateTime.utc(this.epochMs);
    throw new Error(`IcalDateTime in ${this.zoneName} cannot be shown in ${zone}`);
  }

  /** Only the two formats ical-generator uses. */
  toFormat(format: string): string {
    if (format === "yyyyLLdd") return this.wall.date;
    if (format === "HHmmss") return this.wall.time;
    throw new Error(`Unsupported format: ${format}`);
  }

  toJSDate(): Date {
    return new Date(this.epochMs);
  }

  toJSON(): string {
    return new Date(this.epochMs).toISOString();
  }
}
