import { tzlib_get_ical_block } from "timezones-ical-library";

const cache = new Map<string, string | null>();

/**
 * The VTIMEZONE component for an IANA zone, from the current tz database as packaged by
 * timezones-ical-library (never hand-written), with CRLF line ends; null for an unknown zone.
 * For a link zone (Asia/Phnom_Penh → Asia/Bangkok) the library returns the target's component;
 * links share their target's rules, so it is written under the venue's own zone name.
 * Cached per zone for the life of the process.
 */
export function vtimezoneFor(zone: string): string | null {
  let component = cache.get(zone);
  if (component === undefined) {
    const [raw = "", tzidParam = ""] = tzlib_get_ical_block(zone) ?? [];
    const canonical = tzidParam.replace(/^TZID=/, "");
    component = raw && canonical ? renameZone(raw, canonical, zone) : null;
    if (!component) console.warn(`[feeds] No VTIMEZONE for ${zone}: its events are written in UTC.`);
    cache.set(zone, component);
  }
  return component;
}

function renameZone(raw: string, from: string, to: string): string {
  const lines = raw.split(/\r?\n/).map((line) => (line === `TZID:${from}` ? `TZID:${to}` : line === `X-LIC-LOCATION:${from}` ? `X-LIC-LOCATION:${to}` : line));
  return `${lines.join("\r\n").trim()}\r\n`;
}
