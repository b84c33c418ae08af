import { describe, expect, it } from "vitest";
import en from "@/i18n/messages/en/feeds.json";
import ja from "@/i18n/messages/ja/feeds.json";
import { DELETED_EVENT_RETENTION_DAYS, deletedEventCutoff } from "./retention";

describe("deleted-event retention", () => {
  it("counts back from the data's change time", () => {
    expect(DELETED_EVENT_RETENTION_DAYS).toBe(180);
    expect(deletedEventCutoff(new Date("2024-06-28T00:00:00Z")).toISOString()).toBe("2023-12-31T00:00:00.000Z");
  });

  it("is the period the /feeds page states", () => {
    expect(en.details.cancelled).toContain("{days} days");
    expect(ja.details.cancelled).toContain("{days}日間");
  });
});

describe("feeds messages", () => {
  it("have the same keys in both languages", () => {
    const keys = (o: object, prefix = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(ja).sort()).toEqual(keys(en).sort());
  });
});
