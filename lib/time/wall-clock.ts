/**
 * What the wall clock in an IANA time zone shows at an instant, with the platform's
 * Intl.DateTimeFormat only: no luxon, so the browser can show a reader's own time with it
 * (lib/time/format.ts). Numbers only; every label is built from fixed tables in format.ts.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, f);
  }
  return f;
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClock(instant: Date, zone: string): WallClock {
  const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter(zone).formatToParts(instant)) {
    if (part.type in clock) clock[part.type as keyof WallClock] = Number(part.value);
  }
  return clock;
}

const two = (n: number) => String(n).padStart(2, "0");

/** The local calendar date and wall-clock time of an instant in `zone`. */
export function instantToLocal(instant: Date, zone: string): { date: string; time: string } {
  const c = wallClock(instant, zone);
  return { date: `${String(c.year).padStart(4, "0")}-${two(c.month)}-${two(c.day)}`, time: `${two(c.hour)}:${two(c.minute)}` };
}

/** Minutes east of UTC in effect in `zone` at `instant` (Tokyo: 540). */
export function utcOffsetMinutes(instant: Date, zone: string): number {
  const c = wallClock(instant, zone);
  const wholeSecond = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - wholeSecond) / 60_000);
}

/** "UTC+9", "UTC+5:30", "UTC−4", "UTC" for the offset in effect in `zone` at `instant`. */
export function utcOffsetLabel(instant: Date, zone: string): string {
  const minutes = utcOffsetMinutes(instant, zone);
  if (minutes === 0) return "UTC";
  const sign = minutes > 0 ? "+" : "\u2212";
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${two(m)}` : ""}`;
}
