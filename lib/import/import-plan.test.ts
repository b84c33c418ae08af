import { describe, expect, it } from "vitest";
import type { Event } from "@/db/schema";
import { sampleEvent } from "@/lib/testing/event-fixtures";
import { MINISTRY_CALENDAR_UIDS, ministryCalendar } from "@/lib/testing/ministry-calendar";
import { isApplicable, planImport, type ImportLookup } from "./import-plan";
import type { ImportRow } from "./import-row";
import { readEventCsv } from "./read-csv";
import { readEventIcs } from "./read-ics";
import { parsePlannedInputs, serializePlannedInputs } from "./planned-inputs";

/** Stored events in memory, with the rules the database module checks. */
function lookupOf(events: Event[], opts: { lockedIds?: number[]; programIds?: number[] } = {}): ImportLookup {
  return {
    byId: (id) => events.find((e) => e.id === id),
    byUid: (uid) => events.find((e) => e.uid === uid),
    bySlug: (slug) => events.find((e) => e.slug === slug),
    parentProblem: (_eventId, parentId) => (events.some((e) => e.id === parentId && !e.deletedAt) ? null : "editor.errors.parentNotFound"),
    programProblem: (programId) => ((opts.programIds ?? []).includes(programId) ? null : "editor.errors.programNotFound"),
    slugLocked: (e) => (opts.lockedIds ?? []).includes(e.id),
  };
}

const HEADER = "ID,スラッグ,名称（日本語）,名称（英語）,種別,分野,開催地,開始日,開始時刻,終了日,終了時刻,タイムゾーン,終日";
function csvRows(...lines: string[]): ImportRow[] {
  const read = readEventCsv([HEADER, ...lines].join("\r\n"));
  if (!read.ok) throw new Error(read.problem.code);
  return read.rows;
}
const defaults = { timeZone: "Asia/Tokyo" };
const stored: Event = { ...sampleEvent };
const draft: Event = { ...sampleEvent, id: 8, uid: "draft@x", slug: "draft-one", status: "draft", version: 2 };

describe("planImport", () => {
  it("creates a new event from a spreadsheet row, with what it leaves implicit: all-day, one day, the host's zone", () => {
    const plan = planImport(csvRows(",,観光大臣会合,,meeting,tourism,タイ,2023/10/27,,,,,"), lookupOf([]), defaults);
    expect(plan.counts).toMatchObject({ create: 1, invalid: 0 });
    expect(plan.rows[0].input).toMatchObject({ titleJa: "観光大臣会合", allDay: true, startDate: "2023-10-27", endDate: "2023-10-27", timeZone: "Asia/Bangkok", hostKind: "country", countryCode: "TH", startAt: null });
    expect(isApplicable(plan)).toBe(true);
  });

  it("resolves a timed row's instants in its zone, and names the field of every time the model refuses", () => {
    const plan = planImport(
      csvRows(
        ",,,Timed,meeting,economy,ID,2023-08-21,9:00,,12:30,,",
        ",,,Backwards,meeting,economy,ID,2023-08-21,12:00,,09:00,,",
        ",,,Skipped hour,meeting,economy,online,2023-03-12,02:30,,04:00,America/New_York,",
        ",,,Old,meeting,economy,JP,1999-12-31,,,,,",
        ",,,Nowhere,meeting,economy,JP,2023-01-01,,,,Asia/Atlantis,",
        ",,,Both,meeting,economy,JP,2023-01-01,10:00,,11:00,,TRUE",
      ),
      lookupOf([]),
      defaults,
    );
    expect(plan.rows[0].input).toMatchObject({ allDay: false, startAt: new Date("2023-08-21T02:00:00Z"), endAt: new Date("2023-08-21T05:30:00Z"), timeZone: "Asia/Jakarta" });
    expect(plan.rows.slice(1).map((r) => [r.outcome, r.problems])).toEqual([
      ["invalid", { endTime: [{ code: "editor.errors.endBeforeStart" }] }],
      ["invalid", { startTime: [{ code: "editor.errors.nonexistentLocalTime" }] }],
      ["invalid", { startDate: [{ code: "editor.errors.dateOutOfRange" }] }],
      ["invalid", { timeZone: [{ code: "editor.errors.unknownTimeZone" }] }],
      ["invalid", { startTime: [{ code: "import.errors.timesWithAllDay" }] }],
    ]);
    expect(isApplicable(plan)).toBe(false);
  });

  it("matches rows to stored events by id or slug: an update with only its changes, or unchanged", () => {
    const plan = planImport(
      csvRows(
        `7,,経済大臣会合,Economic Ministers' Meeting,meeting,economy,ID,2023-08-21,09:00,2023-08-21,12:30,Asia/Jakarta,`,
        `,draft-one,経済大臣会合,Renamed,meeting,economy,ID,2023-08-21,09:00,2023-08-21,13:30,Asia/Jakarta,`,
      ),
      lookupOf([stored, draft]),
      defaults,
    );
    expect(plan.rows.map((r) => r.outcome)).toEqual(["unchanged", "update"]);
    expect(plan.rows[1].patch).toEqual({ titleEn: "Renamed", endAt: new Date("2023-08-21T06:30:00Z") });
    expect(plan.rows[1].target?.id).toBe(8);
  });

  it("leaves fields a file does not have as they are stored", () => {
    const read = readEventCsv("ID,名称（英語）,種別,分野,開催地,開始日\n7,New title,meeting,economy,ID,2023-08-21\n");
    if (!read.ok) throw new Error();
    const plan = planImport(read.rows, lookupOf([stored]), defaults);
    expect(plan.rows[0].patch).toEqual({ titleEn: "New title" });
  });

  it("refuses unknown ids, deleted events, a slug that is taken or locked, a missing parent or program", () => {
    const deleted = { ...draft, deletedAt: new Date() };
    const plan = planImport(
      csvRows(",,,x,meeting,economy,JP,2023-01-01,,,,,", ",,,x,meeting,economy,JP,2023-01-01,,,,,".replace(",,,x", "99,,,x"), `8,,,x,meeting,economy,JP,2023-01-01,,,,,`),
      lookupOf([deleted]),
      defaults,
    );
    expect(plan.rows.map((r) => r.problems)).toEqual([
      {},
      { id: [{ code: "import.errors.idNotFound", values: { id: 99 } }] },
      { row: [{ code: "import.errors.deletedEvent", values: { id: 8 } }] },
    ]);
    const rules = planImport(
      csvRows(`7,new-slug,,Economic Ministers' Meeting,meeting,economy,ID,2023-08-21,09:00,2023-08-21,12:30,Asia/Jakarta,`, `8,econ-ministers,,x,meeting,economy,JP,2023-01-01,,,,,`),
      lookupOf([stored, draft], { lockedIds: [7] }),
      defaults,
    );
    expect(rules.rows.map((r) => r.problems)).toEqual([{ slug: [{ code: "editor.errors.slugLocked" }] }, { slug: [{ code: "editor.errors.slugTaken" }] }]);
    const read = readEventCsv("名称（英語）,種別,分野,開催地,開始日,フェーズ（親）のID,事業のID\nx,program,youth,JP,2023-01-01,5,3\n");
    if (!read.ok) throw new Error();
    expect(planImport(read.rows, lookupOf([]), defaults).rows[0].problems).toEqual({ parentId: [{ code: "editor.errors.parentNotFound" }], programId: [{ code: "editor.errors.programNotFound" }] });
  });

  it("flags a second row for the same event, slug or UID, and warns of a likely double entry", () => {
    const plan = planImport(
      csvRows(`7,,,a,meeting,economy,ID,2023-08-21,,,,,`, `7,,,b,meeting,economy,ID,2023-08-21,,,,,`, `,same,,c,meeting,economy,JP,2023-01-01,,,,,`, `,same,,d,meeting,economy,JP,2023-01-02,,,,,`, `,,,e,meeting,economy,JP,2023-01-03,,,,,`, `,,,e,meeting,economy,JP,2023-01-03,,,,,`),
      lookupOf([stored]),
      defaults,
    );
    expect(plan.rows.map((r) => [r.outcome, r.problems, r.warnings])).toEqual([
      ["update", {}, []],
      ["invalid", { row: [{ code: "import.errors.duplicateRow", values: { row: 2 } }] }, []],
      ["create", {}, []],
      ["invalid", { slug: [{ code: "import.errors.duplicateRow", values: { row: 4 } }] }, []],
      ["create", {}, []],
      ["create", {}, [{ code: "import.errors.sameAsRow", values: { row: 6 } }]],
    ]);
  });

  it("keeps the problem of an unreadable cell, not the schema's follow-up about the empty field", () => {
    const plan = planImport(csvRows(",,,x,meeting,economy,JP,someday,,,,,"), lookupOf([]), defaults);
    expect(plan.rows[0].problems).toEqual({ startDate: [{ code: "editor.errors.invalidDate" }] });
  });

  it("imports a calendar: new events keep the file's UID, so the next import of it matches them", () => {
    const rows = readEventIcs(ministryCalendar(), { lang: "ja", defaultZone: "Asia/Tokyo" });
    if (!rows.ok) throw new Error();
    const icsDefaults = { kind: "event", sector: "foreign-affairs", host: "JP", timeZone: "Asia/Tokyo" };
    const first = planImport(rows.rows, lookupOf([]), icsDefaults);
    expect(first.counts).toEqual({ create: 4, update: 0, unchanged: 0, invalid: 0, skipped: 3 });
    const created = first.rows.filter((r) => r.outcome === "create").map((r, i): Event => ({ ...sampleEvent, ...r.input!, id: 100 + i, uid: r.uid!, slug: `s${i}`, status: "draft", version: 1 }));
    expect(created.map((e) => e.uid)).toContain(MINISTRY_CALENDAR_UIDS.timed);
    const again = planImport(rows.rows, lookupOf(created), icsDefaults);
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 4, invalid: 0, skipped: 3 });
    expect(isApplicable(again)).toBe(false);
  });

  it("reuses a preview's checked values while a row's event is unchanged, and checks again once it changed", () => {
    const rows = csvRows(`7,,,Renamed,meeting,economy,ID,2023-08-21,09:00,,12:30,,`, `,,,New one,meeting,economy,JP,2023-09-01,,,,,`);
    const preview = planImport(rows, lookupOf([stored]), defaults);
    const planned = parsePlannedInputs(serializePlannedInputs(preview));
    const again = planImport(rows, lookupOf([stored]), defaults, planned);
    expect(again.fingerprint).toBe(preview.fingerprint);
    expect(again.rows.map((r) => [r.outcome, r.input, r.patch])).toEqual(preview.rows.map((r) => [r.outcome, r.input, r.patch]));
    // A stale value planted for row 2 (its event changed): checked again from the file, not reused.
    const stale = new Map(planned);
    stale.set(2, { ...planned.get(2)!, targetVersion: 4, input: { ...planned.get(2)!.input, titleEn: "stale" } });
    expect(planImport(rows, lookupOf([stored]), defaults, stale).rows[0].input?.titleEn).toBe("Renamed");
    const reused = new Map(planned);
    reused.set(3, { ...planned.get(3)!, input: { ...planned.get(3)!.input, titleEn: "from the preview" } });
    expect(planImport(rows, lookupOf([stored]), defaults, reused).rows[1].input?.titleEn).toBe("from the preview");
  });

  it("gives the same fingerprint for the same rows and events, another once an event changed", () => {
    const rows = csvRows(`7,,,Renamed,meeting,economy,ID,2023-08-21,,,,,`);
    const a = planImport(rows, lookupOf([stored]), defaults).fingerprint;
    expect(planImport(rows, lookupOf([stored]), defaults).fingerprint).toBe(a);
    expect(planImport(rows, lookupOf([{ ...stored, version: 6 }]), defaults).fingerprint).not.toBe(a);
  });
});
