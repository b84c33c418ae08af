import { describe, expect, it } from "vitest";
import type { ChangeDate, PublicChange } from "@/lib/changes/public-change";
import { previousPublicStarts } from "./previous-starts";

const day = (startDate: string, extra: Partial<ChangeDate> = {}): ChangeDate => ({
  datePrecision: "day",
  isTentative: false,
  allDay: true,
  startDate,
  endDate: startDate,
  startAt: null,
  endAt: null,
  timeZone: "Asia/Tokyo",
  ...extra,
});
const title = { ja: "会合", en: "Meeting" };
const moved = (from: ChangeDate, to: ChangeDate): PublicChange => ({ title, items: [{ type: "date", before: from, after: to }] });

const now = { datePrecision: "day" as const, isTentative: false, allDay: true, startDate: "2023-10-20", endDate: "2023-10-20", startAt: null, endAt: null, timeZone: "Asia/Tokyo" };

describe("previousPublicStarts", () => {
  it("lists the starts a public event was moved from, oldest first, once each, from changes listed newest first", () => {
    const newestFirst: PublicChange[] = [
      moved(day("2023-10-01"), day("2023-10-20")),
      moved(day("2023-10-10"), day("2023-10-01")),
      { title, items: [{ type: "title", before: title, after: { ja: "会合", en: "Ministers' Meeting" } }] },
      moved(day("2023-10-01"), day("2023-10-10")),
      { title, items: [{ type: "published" }] },
    ];
    expect(previousPublicStarts(newestFirst, now).map((d) => d.startDate)).toEqual(["2023-10-01", "2023-10-10"]);
  });

  it("does not count days given to a month-only event, nor a change of the end alone", () => {
    const newestFirst: PublicChange[] = [
      moved(day("2023-10-20", { endDate: "2023-10-21" }), day("2023-10-20")),
      moved(day("2023-10-01", { datePrecision: "month", endDate: "2023-10-31" }), day("2023-10-20")),
    ];
    expect(previousPublicStarts(newestFirst, now)).toEqual([]);
  });

  it("compares timed starts by their instants, and gives them back as instants", () => {
    const timed = { ...now, allDay: false, startAt: new Date("2023-10-20T05:00:00Z"), endAt: new Date("2023-10-20T07:00:00Z") };
    const at = (start: string, end: string) => day("2023-10-20", { allDay: false, startAt: start, endAt: end });
    const newestFirst = [moved(at("2023-10-20T04:00:00.000Z", "2023-10-20T06:00:00.000Z"), at("2023-10-20T05:00:00.000Z", "2023-10-20T07:00:00.000Z"))];
    expect(previousPublicStarts(newestFirst, timed).map((d) => d.startAt?.toISOString())).toEqual(["2023-10-20T04:00:00.000Z"]);
  });
});
