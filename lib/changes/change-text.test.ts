import { describe, expect, it } from "vitest";
import type { Event } from "@/db/schema";
import { eventSnapshot } from "@/lib/audit/event-snapshot";
import { sampleEvent } from "@/lib/testing/event-fixtures";
import { changeDay, formatChangeTime, startOfChangeDay } from "./change-time";
import { changeFacts, changeLine, changeSummary, noteText } from "./change-text";
import { derivePublicChange, type PublicChange } from "./public-change";

const snap = (changes: Partial<Event> = {}) => eventSnapshot({ ...sampleEvent, ...changes });
const change = (before: Partial<Event>, after: Partial<Event>): PublicChange => derivePublicChange(snap(before), snap(after))!;
const at = new Date("2023-10-20T05:05:00Z"); // 14:05 in Tokyo

describe("change texts", () => {
  it("say a move within the day as times, in the venue's zone with its offset, in both languages", () => {
    const moved = change({}, { startAt: new Date("2023-08-21T03:00:00Z"), endAt: new Date("2023-08-21T06:30:00Z") });
    expect(changeSummary(moved, "en")).toBe("time 09:00–12:30 → 10:00–13:30 (UTC+7)");
    expect(changeSummary(moved, "ja")).toBe("時刻：09:00～12:30 → 10:00～13:30 (UTC+7)");
    expect(changeLine(moved, at, "en")).toBe("Changed Fri 20 Oct 2023: time 09:00–12:30 → 10:00–13:30 (UTC+7)");
    expect(changeLine(moved, at, "ja")).toBe("2023年10月20日(金)に変更：時刻：09:00～12:30 → 10:00～13:30 (UTC+7)");
  });

  it("say a move to another day, an all-day change and a month-only event getting its days as full dates", () => {
    const nextDay = change({}, { startDate: "2023-08-22", endDate: "2023-08-22", startAt: new Date("2023-08-22T02:00:00Z"), endAt: new Date("2023-08-22T05:30:00Z") });
    expect(changeSummary(nextDay, "en")).toBe("date Mon 21 Aug 2023 09:00–12:30 (UTC+7) → Tue 22 Aug 2023 09:00–12:30 (UTC+7)");
    const allDay = { allDay: true, startAt: null, endAt: null };
    expect(changeSummary(change(allDay, { ...allDay, endDate: "2023-08-23" }), "en")).toBe("date Mon 21 Aug 2023 → Mon 21 – Wed 23 Aug 2023");
    const month = { ...allDay, datePrecision: "month" as const, startDate: "2023-12-01", endDate: "2023-12-31" };
    const days = change(month, { ...allDay, startDate: "2023-12-16", endDate: "2023-12-17" });
    expect(changeSummary(days, "en")).toBe("date December 2023 (dates to be confirmed) → Sat 16 – Sun 17 Dec 2023");
    expect(changeSummary(days, "ja")).toBe("日程：2023年12月（日程未定） → 2023年12月16日(土)～17日(日)");
  });

  it("say places, titles, status and details in the page's language, falling back to the other", () => {
    expect(changeSummary(change({}, { cityEn: "Bali", cityJa: "バリ" }), "en")).toBe("place Indonesia, Jakarta → Indonesia, Bali");
    expect(changeSummary(change({}, { hostKind: "unstated", countryCode: null, cityEn: "", cityJa: "" }), "en")).toBe("place Indonesia, Jakarta → not stated");
    // Only the Japanese title changed: the English page shows the Japanese titles.
    const facts = changeFacts(change({}, { titleJa: "新しい名称" }), "en");
    expect(facts).toEqual([{ label: "title", before: { text: "経済大臣会合", lang: "ja" }, after: { text: "新しい名称", lang: "ja" } }]);
    expect(changeSummary(change({}, { status: "cancelled", cancelReason: "Typhoon" }), "ja")).toBe("中止（理由：Typhoon）");
    // Each language its own reason; the other's when only that one was given.
    const both = change({}, { status: "cancelled", cancelReason: "台風", cancelReasonEn: "Typhoon" });
    expect([changeSummary(both, "ja"), changeSummary(both, "en")]).toEqual(["中止（理由：台風）", "cancelled (reason: Typhoon)"]);
    expect(changeSummary(change({}, { status: "cancelled", cancelReason: "台風" }), "en")).toBe("cancelled (reason: 台風)");
    expect(changeSummary(change({}, { descriptionJa: "x", sector: "tourism" }), "en")).toBe("details updated: description, sector");
  });

  it("give the public note in the page's language or else the other", () => {
    expect(noteText({ ja: "台風のため", en: "" }, "en")).toEqual({ text: "台風のため", lang: "ja" });
    expect(noteText({ ja: " ", en: "" }, "en")).toBeNull();
  });
});

describe("change times", () => {
  it("file a change under its day in Japan time, whatever the machine's zone", () => {
    expect(changeDay(new Date("2023-10-20T15:30:00Z"))).toBe("2023-10-21");
    expect(formatChangeTime(at, "en")).toBe("Fri 20 Oct 2023 14:05 (UTC+9)");
    expect(formatChangeTime(at, "ja")).toBe("2023年10月20日(金) 14:05 (UTC+9)");
    expect(startOfChangeDay("2023-10-21").toISOString()).toBe("2023-10-20T15:00:00.000Z");
  });
});
