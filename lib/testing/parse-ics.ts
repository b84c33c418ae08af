/**
 * Test support: reads an iCalendar file with two independent parsers (ical.js and node-ical)
 * into the same plain shape, so tests can assert on both and compare them. Not used by the app.
 */
import ICAL from "ical.js";
import nodeIcal from "node-ical";

/** A start or end: a calendar date for all-day values, else the UTC instant and the TZID. */
export type ParsedTime = { date: string } | { utc: string; tzid: string | null };

export type ParsedEvent = {
  uid: string;
  summary: string;
  description: string;
  location: string;
  url: string;
  categories: string[];
  status: string;
  sequence: number;
  start: ParsedTime;
  end: ParsedTime;
  dtstamp: string;
  lastModified: string;
  created: string;
};

export type ParsedFeed = { events: ParsedEvent[]; vtimezones: string[]; calendar: Record<string, string | undefined> };

const pad = (n: number) => String(n).padStart(2, "0");

function icalJsTime(time: ICAL.Time): ParsedTime {
  if (time.isDate) return { date: `${time.year}-${pad(time.month)}-${pad(time.day)}` };
  const tzid = time.zone?.tzid && time.zone.tzid !== "UTC" && time.zone.tzid !== "floating" ? time.zone.tzid : null;
  return { utc: time.toJSDate().toISOString(), tzid };
}

export function parseWithIcalJs(text: string): ParsedFeed {
  const root = new ICAL.Component(ICAL.parse(text));
  const vtimezones = root.getAllSubcomponents("vtimezone");
  for (const vtz of vtimezones) ICAL.TimezoneService.register(vtz);
  const events = root.getAllSubcomponents("vevent").map((c): ParsedEvent => {
    const e = new ICAL.Event(c);
    const str = (name: string) => String(c.getFirstPropertyValue(name) ?? "");
    const utc = (name: string) => (c.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      location: e.location ?? "",
      url: str("url"),
      categories: c.getAllProperties("categories").flatMap((p) => p.getValues().map(String)),
      status: str("status"),
      sequence: e.sequence,
      start: icalJsTime(e.startDate),
      end: icalJsTime(e.endDate),
      dtstamp: utc("dtstamp"),
      lastModified: utc("last-modified"),
      created: utc("created"),
    };
  });
  const calendar: Record<string, string | undefined> = {};
  for (const p of root.getAllProperties()) calendar[p.name.toUpperCase()] = String(p.getFirstValue());
  return { events, vtimezones: vtimezones.map((v) => String(v.getFirstPropertyValue("tzid"))), calendar };
}

type NodeDate = Date & { tz?: string; dateOnly?: boolean };
const value = (v: unknown): string => (v === undefined ? "" : typeof v === "string" ? v : String((v as { val: unknown }).val));

function nodeIcalTime(d: NodeDate, datetype: string): ParsedTime {
  if (datetype === "date" || d.dateOnly) return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` };
  const tzid = d.tz && d.tz !== "Etc/UTC" && d.tz !== "UTC" ? d.tz : null;
  return { utc: d.toISOString(), tzid };
}

export function parseWithNodeIcal(text: string): ParsedFeed {
  const data = nodeIcal.sync.parseICS(text);
  const events: ParsedEvent[] = [];
  const vtimezones: string[] = [];
  for (const item of Object.values(data)) {
    if (!item || typeof item !== "object" || !("type" in item)) continue;
    if (item.type === "VTIMEZONE") vtimezones.push(item.tzid);
    if (item.type !== "VEVENT") continue;
    events.push({
      uid: item.uid,
      summary: value(item.summary),
      description: value(item.description),
      location: value(item.location),
      url: value(item.url),
      categories: item.categories ?? [],
      status: value(item.status),
      sequence: Number(item.sequence ?? 0),
      start: nodeIcalTime(item.start as NodeDate, item.datetype),
      end: nodeIcalTime(item.end as NodeDate, item.datetype),
      dtstamp: (item.dtstamp as Date).toISOString(),
      lastModified: (item.lastmodified as Date).toISOString(),
      created: (item.created as Date).toISOString(),
    });
  }
  const calendar: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(data.vcalendar ?? {})) calendar[k.toUpperCase()] = value(v);
  return { events, vtimezones, calendar };
}

/** Both parsers' views, after checking that they agree on every event. */
export function parseBoth(text: string): { icalJs: ParsedFeed; nodeIcal: ParsedFeed } {
  const icalJs = parseWithIcalJs(text);
  const node = parseWithNodeIcal(text);
  const byUid = (f: ParsedFeed) => [...f.events].sort((a, b) => a.uid.localeCompare(b.uid));
  const a = JSON.stringify(byUid(icalJs));
  const b = JSON.stringify(byUid(node));
  if (a !== b) throw new Error(`ical.js and node-ical disagree:\n${a}\n${b}`);
  return { icalJs, nodeIcal: node };
}
