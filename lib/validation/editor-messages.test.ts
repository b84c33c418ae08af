import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DIFF_FIELDS } from "@/lib/audit/audit-diff";
import { EVENT_AUDIT_ACTIONS } from "@/lib/audit/event-audit-actions";
import { cancelEventSchema, moveEventSchema, redactEventSchema, restoreEventSchema } from "./event-actions";
import { EVENT_FORM_FIELDS, eventCreateSchema, eventUpdateSchema } from "./event-input";

/** The editor's texts: every field, action and error code its schemas produce, in both languages. */
type Tree = { [key: string]: string | Tree };
const load = (locale: string) => JSON.parse(fs.readFileSync(path.join(process.cwd(), "i18n", "messages", locale, "editor.json"), "utf8")) as Tree;
const messages = { en: load("en"), ja: load("ja") };

function lookup(tree: Tree, key: string): string | undefined {
  const value = key.split(".").reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), tree);
  return typeof value === "string" ? value : undefined;
}

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

const hostile = [
  {},
  { titleEn: "x".repeat(10_000), titleJa: "a\nb", cityEn: "\u0007", venueEn: "x".repeat(201), recurrenceEn: "x".repeat(201) },
  { descriptionEn: "x".repeat(5001), staffNote: "x".repeat(5001), slug: "Bad Slug", sourceUrl: "javascript:alert(1)" },
  { slug: "a".repeat(101), sourceUrl: `https://example.org/${"a".repeat(2000)}`, kind: "party", sector: "x", countryCode: "XX" },
  { startDate: "2023-02-30", endDate: "1999-01-01", startTime: "25:00", timeZone: "Mars/Olympus", parentId: "abc" },
  { startDate: "2023-01-01", endDate: "2025-01-01", allDay: "on", timeZone: "Asia/Tokyo" },
  { startDate: "2023-03-12", endDate: "2023-03-12", startTime: "02:30", endTime: "01:00", timeZone: "America/New_York" },
  { startDate: "2023-03-12", endDate: "2023-03-12", startTime: "04:00", endTime: "03:00", timeZone: "America/New_York" },
];

describe("editor messages", () => {
  it("have the same keys in Japanese and English, none empty", () => {
    expect(keys(messages.ja).sort()).toEqual(keys(messages.en).sort());
    for (const locale of ["en", "ja"] as const) for (const key of keys(messages[locale])) expect(lookup(messages[locale], key), `${locale} ${key}`).not.toBe("");
  });

  it("label every form field, every field of the history diff and every recorded action", () => {
    for (const locale of ["en", "ja"] as const) {
      for (const field of [...EVENT_FORM_FIELDS, ...DIFF_FIELDS, "id", "version"]) expect(lookup(messages[locale], `fields.${field}`), `${locale} ${field}`).toBeDefined();
      for (const action of EVENT_AUDIT_ACTIONS) expect(lookup(messages[locale], `history.actions.${action}`), `${locale} ${action}`).toBeDefined();
    }
  });

  it("cover every error the schemas can report", () => {
    const seen = new Set<string>();
    const collect = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.forEach((i) => seen.add(i.message));
    for (const input of hostile) {
      collect(eventCreateSchema.safeParse(input));
      collect(eventUpdateSchema.safeParse({ ...input, id: "x", version: "0" }));
    }
    collect(cancelEventSchema.safeParse({ id: "1", version: "1", cancelReason: "" }));
    collect(cancelEventSchema.safeParse({ id: "1", version: "1", cancelReason: "x".repeat(1001) }));
    collect(moveEventSchema.safeParse({ id: "1", version: "1", direction: "sideways" }));
    collect(restoreEventSchema.safeParse({}));
    collect(redactEventSchema.safeParse({ id: "1", version: "1" }));
    expect(seen.size).toBeGreaterThan(20);
    for (const message of seen) {
      expect(message, message).toMatch(/^editor\.errors\./);
      for (const locale of ["en", "ja"] as const) expect(lookup(messages[locale], message.replace(/^editor\./, "")), `${locale} ${message}`).toBeDefined();
    }
  });
});
