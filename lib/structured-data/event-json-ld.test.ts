import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/open-database";
import { type Event, events } from "@/db/schema";
import { freshDatabase } from "@/db/testing/fresh-database";
import { buildFeed } from "@/lib/feeds/build-feed";
import { isFeedable } from "@/lib/feeds/feed-event";
import { feedText } from "@/lib/feeds/feed-text";
import { googleEventProblems } from "@/lib/testing/google-event-rules";
import { parseWithIcalJs, type ParsedEvent } from "@/lib/testing/parse-ics";
import { addDays } from "@/lib/time/calendar-date";
import { eventJsonLd, isoWithOffset, jsonLdScriptText } from "./event-json-ld";

const BASE = "https://schedule.example.org";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "json-ld-"));
let rows: Event[] = [];

beforeAll(() => {
  const file = path.join(dir, "seed.db");
  freshDatabase(file);
  const { db, sqlite } = openDatabase(file);
  // Every third seeded event cancelled, so that both states of every kind of event are compared.
  const all = db.select().from(events).all();
  for (const [i, row] of all.entries()) if (i % 3 === 1) sqlite.prepare("UPDATE events SET status = 'cancelled', cancel_reason = 'Test' WHERE id = ?").run(row.id);
  rows = db.select().from(events).all();
  sqlite.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Ld = Record<string, unknown> & { location?: { name?: string } };

describe.each(["ja", "en"] as const)("the JSON-LD of every seeded event (%s)", (lang) => {
  it("matches its entry in the event's own calendar file: name, page, dates, status, place and text", () => {
    expect(rows.filter((r) => r.status === "cancelled").length).toBeGreaterThan(5);
    let compared = 0;
    for (const row of rows) {
      const ld = eventJsonLd(row, { locale: lang, baseUrl: BASE }) as Ld;
      if (!isFeedable(row)) {
        // Month-only: no feed entry; the JSON-LD gives its months and no day.
        expect(row.datePrecision).toBe("month");
        expect([ld.startDate, ld.endDate]).toEqual([row.startDate.slice(0, 7), row.endDate.slice(0, 7)]);
        continue;
      }
      const [entry] = parseWithIcalJs(Buffer.concat(buildFeed([row], { lang, baseUrl: BASE, calendar: null })).toString("utf8")).events as ParsedEvent[];
      const cancelled = row.status === "cancelled";
      expect(entry.summary, row.slug).toBe(cancelled ? feedText(lang)("summaryCancelled", { title: ld.name as string }) : ld.name);
      expect(ld.url).toBe(entry.url);
      if ("date" in entry.start && "date" in entry.end) {
        expect(ld.startDate).toBe(entry.start.date);
        expect(addDays(ld.endDate as string, 1)).toBe(entry.end.date); // DTEND is exclusive
      } else if ("utc" in entry.start && "utc" in entry.end) {
        expect(new Date(ld.startDate as string).toISOString()).toBe(entry.start.utc);
        expect(new Date(ld.endDate as string).toISOString()).toBe(entry.end.utc);
      }
      expect(ld.eventStatus).toBe(entry.status === "CANCELLED" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled");
      expect(ld.location?.name ?? "").toBe(entry.location);
      if (ld.description) expect(entry.description).toContain(ld.description);
      compared++;
    }
    expect(compared).toBeGreaterThan(30);
  });

  it("meets Google's rules for event rich results, except where the data has no day or no place", () => {
    for (const row of rows) {
      const problems = googleEventProblems(eventJsonLd(row, { locale: lang, baseUrl: BASE, image: `${BASE}/og/${lang}/events/${row.slug}.png` }));
      const expected = [
        ...(row.datePrecision === "month" ? [expect.stringMatching(/^startDate/), expect.stringMatching(/^endDate/)] : []),
        ...(row.hostKind === "unstated" && !row.cityEn && !row.venueEn ? ["location: missing"] : []),
      ];
      expect(problems, row.slug).toEqual(expected);
    }
  });
});

describe("eventJsonLd", () => {
  it("says where: a place with its address, a virtual location online, nothing when the host is not stated", () => {
    const jp = rows.find((r) => r.countryCode === "KR" && r.cityEn)!;
    expect(eventJsonLd(jp, { locale: "en", baseUrl: BASE }).location).toEqual({
      "@type": "Place",
      name: "Republic of Korea, Incheon",
      address: { "@type": "PostalAddress", addressLocality: "Incheon", addressCountry: "KR" },
    });
    const web = rows.find((r) => r.hostKind === "online")!;
    expect(eventJsonLd(web, { locale: "ja", baseUrl: BASE })).toMatchObject({
      location: { "@type": "VirtualLocation", url: `${BASE}/ja/events/${web.slug}` },
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
    });
    const unstated = rows.find((r) => r.hostKind === "unstated")!;
    const ld = eventJsonLd(unstated, { locale: "en", baseUrl: BASE });
    expect(ld.location).toBeUndefined();
    expect(ld.eventAttendanceMode).toBeUndefined();
  });

  it("names the phase of an item, or the program's series, as its superEvent", () => {
    const item = rows.find((r) => r.parentId !== null)!;
    const phase = rows.find((r) => r.id === item.parentId)!;
    expect(eventJsonLd(item, { locale: "en", baseUrl: BASE, parent: phase }).superEvent).toMatchObject({ "@type": "Event", url: `${BASE}/en/events/${phase.slug}`, startDate: phase.startDate });
    expect(eventJsonLd(phase, { locale: "ja", baseUrl: BASE, program: { nameJa: "青年交流", nameEn: "Youth", url: `${BASE}/ja/youth-program` } }).superEvent).toEqual({ "@type": "EventSeries", name: "青年交流", url: `${BASE}/ja/youth-program` });
  });

  it("marks a moved event as rescheduled, with the dates it had", () => {
    const moved = rows.find((r) => r.status === "published" && r.datePrecision === "day" && r.allDay)!;
    const before = { ...moved, startDate: "2023-01-02", endDate: "2023-01-02" };
    expect(eventJsonLd(moved, { locale: "en", baseUrl: BASE, previousStarts: [before] })).toMatchObject({
      eventStatus: "https://schema.org/EventRescheduled",
      previousStartDate: ["2023-01-02"],
    });
  });

  it("writes timed events with the venue's offset, and JSON that cannot close its script element", () => {
    expect(isoWithOffset(new Date("2023-11-12T05:00:00Z"), "Asia/Tokyo")).toBe("2023-11-12T14:00:00+09:00");
    expect(isoWithOffset(new Date("2023-11-12T05:00:00Z"), "Asia/Kolkata")).toBe("2023-11-12T10:30:00+05:30");
    expect(isoWithOffset(new Date("2023-11-12T05:00:00Z"), "Etc/UTC")).toBe("2023-11-12T05:00:00Z");
    expect(jsonLdScriptText({ name: "</script><script>alert(1)</script>" })).not.toContain("<");
    expect(JSON.parse(jsonLdScriptText({ name: "</script>" }))).toEqual({ name: "</script>" });
  });
});
