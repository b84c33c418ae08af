import { describe, expect, it } from "vitest";
import { readerTimeRow } from "./reader-time";

const session = { startAt: "2023-11-12T05:00:00.000Z", endAt: "2023-11-12T09:00:00.000Z", venueZone: "Asia/Tokyo", locale: "en" as const, label: "Your time ({zone})" };

describe("readerTimeRow", () => {
  it("shows the reader's wall clock, with its offset, in the page's language", () => {
    expect(readerTimeRow(session, "America/New_York")).toEqual({ label: "Your time (America/New_York)", time: "Sun 12 Nov 2023 00:00–04:00 (UTC\u22125)" });
    expect(readerTimeRow({ ...session, locale: "ja", label: "閲覧者の時刻（{zone}）" }, "Australia/Adelaide")).toEqual({
      label: "閲覧者の時刻（Australia/Adelaide）",
      time: "2023年11月12日(日) 15:30～19:30 (UTC+10:30)",
    });
  });

  it("is left out where the venue or UTC rows already show the reader's time, or the zone is unknown", () => {
    for (const zone of ["Asia/Tokyo", "UTC", "Etc/UTC", undefined]) expect(readerTimeRow(session, zone)).toBeNull();
  });
});
