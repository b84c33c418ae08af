import { getVtimezoneComponent } from "@touch4it/ical-timezones";

const cache = new Map<string, string | null>();

/**
 * The VTIMEZONE component for an IANA zone, generated from the tz database snapshot shipped by
 * @touch4it/ical-timezones (never hand-written), with CRLF line ends; null when that data has
 * no component whose TZID is exactly this zone. Cached per zone for the life of the process.
 * The package reads its files relative to its own folder: Next.js must not bundle it
 * (next.config.js `serverExternalPackages`), see docs/FEEDS.md.
 */
export function vtimezoneFor(zone: string): string | null {
  let component = cache.get(zone);
  if (component === undefined) {
    const raw = getVtimezoneComponent(zone);
    const text = raw ? `${raw.replace(/\r?\n/g, "\r\n").trim()}\r\n` : null;
    component = text && text.includes(`\r\nTZID:${zone}\r\n`) ? text : null;
    if (!component) {
      // Feeds stay correct (the event's times are written in UTC), but operators should know:
      // inside Next.js this happens when the package is bundled instead of external.
      console.warn(`[feeds] No VTIMEZONE for ${zone}: its events are written in UTC.`);
    }
    cache.set(zone, component);
  }
  return component;
}
