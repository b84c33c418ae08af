import { describe, expect, it, vi } from "vitest";
import { buildFeed, type BuildFeedOptions } from "./build-feed";
import type { FeedEvent } from "./feed-event";
import { parseBoth, parseWithIcalJs } from "@/lib/testing/parse-ics";
import { joinChunks, referenceFeed } from "@/lib/testing/reference-feed";

const base: FeedEvent = {
  uid: "meeting-2023-10-27-tourism@japan-asean-2023",
  slug: "special-tourism-ministers-dialogue-2023",
  titleJa: "日ASEAN観光大臣特別対話",
  titleEn: "ASEAN-Japan Special Dialogue of Tourism Ministers",
  descriptionJa: "",
  descriptionEn: "Held from 27 to 29 October 2023.",
  sector: "tourism",
  hostKind: "country",
  countryCode: "JP",
  cityJa: "東京",
  cityEn: "Tokyo",
  venueJa: "",
  venueEn: "",
  isSpecial: true,
  sourceNoteJa: "",
  sourceNoteEn: "",
  status: "published",
  cancelReason: "",
  cancelReasonEn: "",
  datePrecision: "day",
  isTentative: false,
  allDay: true,
  startDate: "2023-10-27",
  endDate: "2023-10-29",
  startAt: null,
  endAt: null,
  timeZone: "Asia/Tokyo",
  sequence: 0,
  createdAt: new Date("2023-09-01T00:00:00Z"),
  updatedAt: new Date("2023-09-02T03:04:05Z"),
  deletedAt: null,
};
const online: FeedEvent = {
  ...base,
  uid: "program-2023-youth-2023-11-12-online@japan-asean-2023",
  slug: "youth-exchange-2023-online-session-nov-12",
  titleEn: "Online exchange session (12 November)",
  isSpecial: false,
  sector: "youth",
  allDay: false,
  startDate: "2023-11-12",
  endDate: "2023-11-12",
  startAt: new Date("2023-11-12T05:00:00Z"),
  endAt: new Date("2023-11-12T09:00:00Z"),
};
const options: BuildFeedOptions = {
  lang: "en",
  baseUrl: "https://schedule.example.org",
  calendar: { name: "ASEAN–Japan 2023: all events", description: "All events", url: "https://schedule.example.org/en", source: "https://schedule.example.org/feeds/all.ics?lang=en" },
};

/** The whole feed of `events` as text. */
const build = (events: readonly FeedEvent[], opts: BuildFeedOptions) => joinChunks(buildFeed(events, opts));

describe("buildFeed", () => {
  it("writes all-day events as VALUE=DATE with the exclusive end, and timed ones in the venue's zone", () => {
    const text = build([base, online], options);
    expect(text).toContain("\r\nDTSTART;VALUE=DATE:20231027\r\nDTEND;VALUE=DATE:20231030\r\n");
    expect(text).toContain("\r\nDTSTART;TZID=Asia/Tokyo:20231112T140000\r\nDTEND;TZID=Asia/Tokyo:20231112T180000\r\n");
    const { icalJs, nodeIcal } = parseBoth(text);
    for (const feed of [icalJs, nodeIcal]) {
      const [tourism, session] = [base.uid, online.uid].map((uid) => feed.events.find((e) => e.uid === uid)!);
      expect(tourism.start).toEqual({ date: "2023-10-27" });
      expect(tourism.end).toEqual({ date: "2023-10-30" });
      expect(session.start).toEqual({ utc: "2023-11-12T05:00:00.000Z", tzid: "Asia/Tokyo" });
      expect(session.end).toEqual({ utc: "2023-11-12T09:00:00.000Z", tzid: "Asia/Tokyo" });
    }
  });

  it("defines every TZID it uses with exactly one VTIMEZONE, and no unused ones", () => {
    const jakarta = { ...online, uid: "j@x", timeZone: "Asia/Jakarta" };
    const newYork = { ...online, uid: "ny@x", timeZone: "America/New_York" };
    const text = build([base, online, jakarta, newYork, { ...online, uid: "t2@x" }], options);
    const used = new Set([...text.matchAll(/;TZID=([^:;]+)/g)].map((m) => m[1]));
    const defined = [...text.matchAll(/\r\nTZID:([^\r]+)\r\n/g)].map((m) => m[1]);
    expect([...used].sort()).toEqual(["America/New_York", "Asia/Jakarta", "Asia/Tokyo"]);
    expect(defined).toEqual(["America/New_York", "Asia/Jakarta", "Asia/Tokyo"]);
    expect(text).toContain("\r\nDTSTART;TZID=America/New_York:20231112T000000\r\n");
    expect(build([base], options)).not.toContain("VTIMEZONE");
  });

  it("writes a zone without VTIMEZONE data as UTC instead of an undefined TZID", async () => {
    // Every zone of today's tz data has a VTIMEZONE; simulate a runtime zone newer than the package's data.
    vi.resetModules();
    vi.doMock("./vtimezone", () => ({ vtimezoneFor: () => null }));
    const { buildFeed: buildWithoutZones } = await import("./build-feed");
    vi.doUnmock("./vtimezone");
    const text = joinChunks(buildWithoutZones([{ ...online, timeZone: "America/Ciudad_Juarez" }], options));
    expect(text).not.toContain("TZID");
    expect(text).toContain("\r\nDTSTART:20231112T050000Z\r\n");
  });

  it("takes UID, SEQUENCE, DTSTAMP, LAST-MODIFIED and CREATED from the data", () => {
    const text = build([{ ...base, sequence: 3 }], options);
    expect(text).toContain(`\r\nUID:${base.uid}\r\n`);
    expect(text).toContain("\r\nSEQUENCE:3\r\n");
    expect(text).toContain("\r\nDTSTAMP:20230902T030405Z\r\n");
    expect(text).toContain("\r\nLAST-MODIFIED:20230902T030405Z\r\n");
    expect(text).toContain("\r\nCREATED:20230901T000000Z\r\n");
  });

  it("gives byte-identical output for the same data, and the same UIDs in both languages", () => {
    const a = build([base, online], options);
    expect(build([base, online], options)).toBe(a);
    const ja = build([base, online], { ...options, lang: "ja" });
    const uids = (t: string) => [...t.matchAll(/\r\nUID:([^\r]+)/g)].map((m) => m[1]);
    expect(uids(ja)).toEqual(uids(a));
    expect(ja).toContain("SUMMARY:日ASEAN観光大臣特別対話\r\n");
  });

  it("writes SUMMARY, DESCRIPTION with the event page, LOCATION, URL and CATEGORIES", () => {
    const { icalJs } = parseBoth(build([base], options));
    const [e] = icalJs.events;
    expect(e.summary).toBe(base.titleEn);
    expect(e.description).toBe(`Held from 27 to 29 October 2023.\n\nDetails: https://schedule.example.org/en/events/${base.slug}`);
    expect(e.location).toBe("Japan, Tokyo");
    expect(e.url).toBe(`https://schedule.example.org/en/events/${base.slug}`);
    expect(e.categories).toEqual(["Tourism", "★ 50th-anniversary special"]);
    expect(e.status).toBe("CONFIRMED");
  });

  it("marks cancelled and deleted events CANCELLED, with the reason in the feed's language", () => {
    const cancelled = { ...base, status: "cancelled" as const, cancelReason: "台風のため会場閉鎖", cancelReasonEn: "Typhoon; venue closed" };
    const deleted = { ...online, deletedAt: new Date("2023-10-01T00:00:00Z") };
    const { icalJs } = parseBoth(build([cancelled, deleted], options));
    const [c, d] = icalJs.events;
    expect(c.status).toBe("CANCELLED");
    expect(c.summary).toBe(`Cancelled: ${base.titleEn}`);
    expect(c.description.split("\n").slice(0, 2)).toEqual(["This event has been cancelled.", "Reason: Typhoon; venue closed"]);
    expect(d.status).toBe("CANCELLED");
    expect(d.description.startsWith("This event has been removed from the schedule.")).toBe(true);
    // The deletion is the event's latest modification.
    expect(d.lastModified).toBe("2023-10-01T00:00:00.000Z");
    const ja = parseBoth(build([cancelled], { ...options, lang: "ja" })).icalJs.events[0];
    expect(ja.description.split("\n")[1]).toBe("理由：台風のため会場閉鎖");
    // A reason given in one language only is shown in that language in both feeds.
    const englishOnly = parseBoth(build([{ ...cancelled, cancelReason: "" }], { ...options, lang: "ja" })).icalJs.events[0];
    expect(englishOnly.description.split("\n")[1]).toBe("理由：Typhoon; venue closed");
  });

  it("gives the cancellation's reason in the feed's language, or in the other when only that one is given", () => {
    const both = { ...base, status: "cancelled" as const, cancelReason: "台風のため", cancelReasonEn: "Typhoon" };
    const reason = (e: FeedEvent, lang: "ja" | "en") => parseBoth(build([e], { ...options, lang })).icalJs.events[0].description.split("\n")[1];
    expect(reason(both, "en")).toBe("Reason: Typhoon");
    expect(reason(both, "ja")).toContain("台風のため");
    expect(reason({ ...both, cancelReasonEn: "" }, "en")).toBe("Reason: 台風のため");
  });

  it("keeps only the UID, dates and \"Cancelled\" of a redacted event, in both languages", () => {
    const redacted: FeedEvent = {
      ...base, slug: "removed-7", titleJa: "", titleEn: "", descriptionEn: "", cityJa: "", cityEn: "", deletedAt: new Date("2023-10-01T00:00:00Z"), sequence: 3,
    };
    for (const [lang, summary] of [["en", "Cancelled"], ["ja", "【中止】"]] as const) {
      const text = build([redacted], { ...options, lang });
      const [e] = parseWithIcalJs(text).events;
      expect(e).toMatchObject({ uid: base.uid, summary, status: "CANCELLED", sequence: 3, start: { date: "2023-10-27" }, end: { date: "2023-10-30" } });
      const vevent = text.slice(text.indexOf("BEGIN:VEVENT"), text.indexOf("END:VEVENT"));
      for (const gone of ["DESCRIPTION", "LOCATION", "URL", "CATEGORIES", "removed-7", "Japan", "日本"]) expect(vevent, `${lang} ${gone}`).not.toContain(gone);
    }
  });

  it("round-trips commas, semicolons, backslashes, newlines, Japanese and emoji exactly", () => {
    const tricky = "Meeting, part 1; C:\\path\\ends\\ and a\nnewline — 日本語の会合 😀🇯🇵 👩🏽‍💻";
    const text = build([{ ...base, titleEn: tricky, descriptionEn: `${tricky}\n${"長い説明😀".repeat(40)}`, venueEn: "Hall A; Room 1, 2F" }], options);
    for (const feed of Object.values(parseBoth(text))) {
      const [e] = feed.events;
      expect(e.summary).toBe(tricky);
      expect(e.description.startsWith(`${tricky}\n${"長い説明😀".repeat(40)}\n\nDetails: `)).toBe(true);
      expect(e.location).toBe("Japan, Tokyo, Hall A; Room 1, 2F");
    }
  });

  it("writes the source note as one paragraph of DESCRIPTION, in the feed's language", () => {
    const noted = {
      ...base,
      sourceNoteJa: "会合一覧表の日付は10月28日、観光大臣特別対話の資料の開催日程は2023年10月27日（金）～29日（日）。ここでは後者を掲載。",
      sourceNoteEn: "The summary table gives 28 October; the dialogue's own slide gives 27–29 October, used here.",
    };
    for (const feed of Object.values(parseBoth(build([noted], options)))) {
      expect(feed.events[0].description.split("\n\n")).toEqual([
        "Held from 27 to 29 October 2023.",
        "Note on the source: The summary table gives 28 October; the dialogue's own slide gives 27–29 October, used here.",
        `Details: https://schedule.example.org/en/events/${base.slug}`,
      ]);
    }
    const ja = parseBoth(build([noted], { ...options, lang: "ja" })).nodeIcal.events[0];
    expect(ja.description).toContain("\n\n資料に関する注記：会合一覧表の日付は10月28日、");
  });

  it("marks a planned event TENTATIVE and a host the briefing does not state as such, with no LOCATION", () => {
    const planned = { ...base, isTentative: true };
    const unstated = { ...base, uid: "u@x", hostKind: "unstated" as const, countryCode: null, cityJa: "", cityEn: "" };
    const online2 = { ...online, hostKind: "online" as const, countryCode: null, cityJa: "", cityEn: "" };
    const text = build([planned, unstated, online2], options);
    expect(text.split("\r\n").filter((l) => l.startsWith("LOCATION:"))).toEqual(["LOCATION:Japan\\, Tokyo", "LOCATION:Online"]);
    for (const feed of Object.values(parseBoth(text))) {
      const [p, u, o] = feed.events;
      expect(p.status).toBe("TENTATIVE");
      expect(p.description.startsWith("Planned: the date is to be confirmed.\n\n")).toBe(true);
      expect(u.status).toBe("CONFIRMED");
      expect(u.location).toBe("");
      expect(u.description.startsWith("Host: not stated in the briefing.\n\n")).toBe(true);
      expect(o.location).toBe("Online");
    }
    // A cancelled planned event is cancelled, nothing else.
    expect(parseBoth(build([{ ...planned, status: "cancelled" }], options)).icalJs.events[0].status).toBe("CANCELLED");
  });

  it("never writes a month-only event, even when given one: iCalendar would need an invented day", () => {
    const monthOnly = { ...base, uid: "m@x", datePrecision: "month" as const, startDate: "2023-12-01", endDate: "2023-12-31" };
    const text = build([monthOnly, online], options);
    expect(text).not.toContain("m@x");
    expect(parseBoth(text).icalJs.events.map((e) => e.uid)).toEqual([online.uid]);
  });

  it("never writes a draft, even when given one", () => {
    const text = build([{ ...base, status: "draft" }, online], options);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).not.toContain(base.uid);
  });

  it("keeps a literal backslash-n apart from a newline (ical.js; node-ical 0.27 unescapes \\n before \\\\)", () => {
    const title = "Not a newline: \\n, \\N; a real one:\nend";
    const text = build([{ ...base, titleEn: title }], options);
    expect(text).toContain("\r\nSUMMARY:Not a newline: \\\\n\\, \\\\N\\; a real one:\\nend\r\n");
    expect(parseWithIcalJs(text).events[0].summary).toBe(title);
  });

  it("keeps a title with CR/LF and markup inside its SUMMARY line", () => {
    const title = "Evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\rUID:x\n<script>alert(1)</script>";
    const text = build([{ ...base, titleEn: title }], options);
    expect(text.match(/^BEGIN:VEVENT$/gm)).toHaveLength(1);
    expect(text.split("\r\n").some((l) => l.startsWith("UID:x"))).toBe(false);
    for (const feed of Object.values(parseBoth(text))) {
      expect(feed.events).toHaveLength(1);
      expect(feed.events[0].summary).toBe("Evil\nEND:VEVENT\nBEGIN:VEVENT\nUID:x\n<script>alert(1)</script>");
    }
  });

  it("sanitises calendar-level properties: no name can add a line", () => {
    const name = "ASEAN–Japan 2023: “x\r\nX-EVIL:1\nEND:VCALENDAR”, a; b\\c";
    const text = build([base], { ...options, calendar: { ...options.calendar!, name, description: `d\r\nBEGIN:VEVENT`, url: "https://schedule.example.org/en?q=a%0D%0AX:1" } });
    const lines = text.split("\r\n");
    expect(lines.filter((l) => l.startsWith("X-EVIL") || l === "END:VCALENDAR")).toEqual(["END:VCALENDAR"]);
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    const { nodeIcal, icalJs } = parseBoth(text);
    expect(nodeIcal.calendar["WR-CALNAME"]).toBe("ASEAN–Japan 2023: “x X-EVIL:1 END:VCALENDAR”, a; b\\c");
    expect(nodeIcal.calendar.NAME).toBe(nodeIcal.calendar["WR-CALNAME"]);
    expect(icalJs.events).toHaveLength(1);
  });

  it("uses CRLF line ends and 75-octet folding that never splits a character", () => {
    const text = build([{ ...base, titleEn: "😀日本".repeat(50), descriptionEn: "é".repeat(300) }, online], options);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(line.isWellFormed()).toBe(true);
    }
    expect(parseBoth(text).icalJs.events[0].summary).toBe("😀日本".repeat(50));
  });

  it("writes the calendar properties of a subscription, and none for a single-event download", () => {
    const text = build([base], options);
    const head = text.slice(0, text.indexOf("BEGIN:VEVENT"));
    expect(head).toContain("\r\nPRODID:-//Japan-ASEAN 2023 Schedule//Public schedule feeds//EN\r\n");
    expect(head).toContain("\r\nNAME:ASEAN–Japan 2023: all events\r\nX-WR-CALNAME:ASEAN–Japan 2023: all events\r\n");
    expect(head).toContain("\r\nX-WR-CALDESC:All events\r\n");
    expect(head).toContain("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\nX-PUBLISHED-TTL:PT1H\r\n");
    expect(head).toContain("\r\nURL:https://schedule.example.org/en\r\n");
    // Calendar properties come before any component (RFC 5545 §3.4).
    expect(build([online], options).indexOf("X-PUBLISHED-TTL")).toBeLessThan(build([online], options).indexOf("BEGIN:VTIMEZONE"));
    const single = build([online], { ...options, calendar: null });
    expect(single).not.toMatch(/^(NAME|X-WR-|REFRESH-INTERVAL|X-PUBLISHED-TTL)/m);
    expect(single.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(single).toContain("BEGIN:VTIMEZONE");
  });
});

describe("buildFeed in chunks", () => {
  const zones = ["Asia/Tokyo", "Asia/Jakarta", "America/New_York", "Asia/Phnom_Penh", "Europe/London"];
  // Varied events: all-day and timed in five zones, drafts, cancelled, deleted, long and non-ASCII text.
  const events = (count: number): FeedEvent[] =>
    Array.from({ length: count }, (_, i) => ({
      ...(i % 3 === 0 ? base : online),
      uid: `e${i}@x`,
      slug: `e-${i}`,
      titleEn: i % 4 === 0 ? `😀 会合 ${i}, part; ${"x".repeat(i % 50)}` : `Meeting ${i}`,
      timeZone: zones[i % zones.length],
      status: i % 11 === 5 ? "draft" : i % 7 === 3 ? "cancelled" : "published",
      cancelReason: "",
      cancelReasonEn: i % 7 === 3 ? "Typhoon" : "",
      deletedAt: i % 13 === 9 ? new Date("2023-10-01T00:00:00Z") : null,
      startAt: i % 3 === 0 ? null : new Date(Date.UTC(2023, i % 12, 1 + (i % 28), 5)),
      endAt: i % 3 === 0 ? null : new Date(Date.UTC(2023, i % 12, 1 + (i % 28), 9)),
    }));

  it("are byte for byte the file the one-string builder writes", () => {
    for (const count of [0, 1, 47, 2500]) {
      for (const lang of ["en", "ja"] as const) {
        const reference = Buffer.from(referenceFeed(events(count), { ...options, lang }));
        expect(Buffer.concat(buildFeed(events(count), { ...options, lang })).equals(reference), `${count} ${lang}`).toBe(true);
      }
    }
    const single = { ...options, calendar: null };
    expect(Buffer.concat(buildFeed([online], single)).equals(Buffer.from(referenceFeed([online], single)))).toBe(true);
  });

  it("holds the calendar properties and VTIMEZONEs first, then whole events in chunks of at most a megabyte, then the end", () => {
    // The only timed event of Europe/London comes last: its VTIMEZONE still precedes every event.
    const many = [...events(6000).filter((e) => e.timeZone !== "Europe/London"), { ...online, uid: "l@x", timeZone: "Europe/London" }];
    const chunks = buildFeed(many, options);
    const text = chunks.map((c) => Buffer.from(c).toString("utf8"));
    expect(text[0]).toMatch(/^BEGIN:VCALENDAR\r\n[^]*TZID:Asia\/Tokyo[^]*TZID:Europe\/London[^]*END:VTIMEZONE\r\n$/);
    expect(text[0]).not.toContain("BEGIN:VEVENT");
    const middle = text.slice(1, -1);
    expect(middle.length).toBeGreaterThan(1);
    for (const [i, chunk] of middle.entries()) {
      expect(chunks[i + 1].byteLength).toBeLessThanOrEqual(1 << 20);
      expect(chunk.startsWith("BEGIN:VEVENT\r\n") && chunk.endsWith("END:VEVENT\r\n")).toBe(true);
    }
    expect(text.at(-1)).toBe("END:VCALENDAR\r\n");
  });

  it("gives an event larger than a chunk a chunk of its own", () => {
    const huge = { ...base, uid: "huge@x", descriptionEn: "長".repeat(400_000) };
    const chunks = buildFeed([base, huge, online], options);
    expect(chunks.length).toBe(5);
    expect(Buffer.concat(chunks).equals(Buffer.from(referenceFeed([base, huge, online], options)))).toBe(true);
  });

  it("consumes any iterable as it goes, such as the database's generator", () => {
    const seen: number[] = [];
    function* rows() {
      for (let i = 0; i < 3; i++) {
        seen.push(i);
        yield { ...base, uid: `b${i}@x` };
      }
    }
    expect(parseBoth(joinChunks(buildFeed(rows(), options))).icalJs.events).toHaveLength(3);
    expect(seen).toEqual([0, 1, 2]);
  });
});
