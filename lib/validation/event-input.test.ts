import { describe, expect, it } from "vitest";
import { z } from "zod";
import { validMeetingForm } from "@/lib/testing/event-form-fixture";
import { eventCreateSchema, eventInputSchema, eventUpdateSchema } from "./event-input";

const E = (key: string) => `editor.errors.${key}`;

/** A valid timed meeting, with a multi-line description. */
const form: Record<string, string> = { ...validMeetingForm, descriptionEn: "Line one\r\nLine two" };

function errorsOf(input: Record<string, unknown>, schema: z.ZodType = eventInputSchema) {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return z.flattenError(result.error).fieldErrors as Record<string, string[]>;
}

describe("eventInputSchema: valid input", () => {
  it("turns a timed form into stored columns computed by the time model", () => {
    const out = eventInputSchema.parse(form);
    expect(out.allDay).toBe(false);
    expect(out.startAt?.toISOString()).toBe("2023-08-21T02:00:00.000Z");
    expect(out.endAt?.toISOString()).toBe("2023-08-21T05:30:00.000Z");
    expect(out.startDate).toBe("2023-08-21");
    expect(out.isSpecial).toBe(false);
    expect(out.slug).toBeNull();
    expect(out.sourceUrl).toBeNull();
    expect(out.parentId).toBeNull();
    expect(out.descriptionEn).toBe("Line one\nLine two");
  });

  it("accepts an all-day multi-day range without times, and checkbox values from forms or JSON", () => {
    const out = eventInputSchema.parse({ ...form, allDay: "on", startTime: "", endTime: "", endDate: "2023-08-23", isSpecial: true });
    expect(out).toMatchObject({ allDay: true, startDate: "2023-08-21", endDate: "2023-08-23", startAt: null, endAt: null, isSpecial: true });
  });

  it("accepts one title language only, and lowercases a typed slug", () => {
    const out = eventInputSchema.parse({ ...form, titleJa: "", slug: " Econ-Ministers-2023 " });
    expect(out.titleJa).toBe("");
    expect(out.slug).toBe("econ-ministers-2023");
  });

  it("keeps <script> and quotes as plain text: escaping is the renderer's job", () => {
    const title = `<script>alert("x")</script> 'quoted' & more`;
    expect(eventInputSchema.parse({ ...form, titleEn: title }).titleEn).toBe(title);
  });

  it("accepts numbers for ids from the JSON API", () => {
    expect(eventInputSchema.parse({ ...form, parentId: 12, programId: "3" })).toMatchObject({ parentId: 12, programId: 3 });
  });
});

describe("eventInputSchema: precision and host", () => {
  it("stores a month-only date as whole months, all-day, without a day of its own", () => {
    const out = eventInputSchema.parse({ ...form, datePrecision: "month", startMonth: "2023-12", endMonth: "", startDate: "", endDate: "", isTentative: "on" });
    expect(out).toMatchObject({ datePrecision: "month", isTentative: true, allDay: true, startDate: "2023-12-01", endDate: "2023-12-31", startAt: null, endAt: null });
    const two = eventInputSchema.parse({ ...form, datePrecision: "month", startMonth: "2023-11", endMonth: "2023-12" });
    expect(two).toMatchObject({ startDate: "2023-11-01", endDate: "2023-12-31" });
    // February of a leap year ends on the 29th.
    expect(eventInputSchema.parse({ ...form, datePrecision: "month", startMonth: "2024-02" }).endDate).toBe("2024-02-29");
  });

  it("reads a missing precision as day, as older API clients send none", () => {
    expect(eventInputSchema.parse(form)).toMatchObject({ datePrecision: "day", isTentative: false });
  });

  it("refuses a month-only date without its month, with a bad month, an end before the start or over 12 months", () => {
    const month = { ...form, datePrecision: "month", startDate: "", endDate: "" };
    expect(errorsOf({ ...month, startMonth: "" }).startMonth).toEqual([E("required")]);
    expect(errorsOf({ ...month, startMonth: "2023-13" }).startMonth).toEqual([E("invalidMonth")]);
    expect(errorsOf({ ...month, startMonth: "2023-12", endMonth: "2023-11" }).endMonth).toEqual([E("endBeforeStart")]);
    expect(errorsOf({ ...month, startMonth: "2023-01", endMonth: "2024-01" }).endMonth).toEqual([E("monthSpanTooLong")]);
    expect(errorsOf({ ...month, startMonth: "1999-12" }).startMonth).toEqual([E("dateOutOfRange")]);
    expect(errorsOf({ ...month, datePrecision: "week", startMonth: "2023-12" }).datePrecision).toEqual([E("invalidChoice")]);
  });

  it("needs the days again when the precision goes back to day", () => {
    expect(errorsOf({ ...form, datePrecision: "day", startDate: "", endDate: "" })).toMatchObject({ startDate: [E("required")], endDate: [E("required")] });
  });

  it("stores a host that is no country without a country code, and a country host with one", () => {
    expect(eventInputSchema.parse({ ...form, host: "unstated" })).toMatchObject({ hostKind: "unstated", countryCode: null });
    expect(eventInputSchema.parse({ ...form, host: "online" })).toMatchObject({ hostKind: "online", countryCode: null });
    expect(eventInputSchema.parse({ ...form, host: "KR" })).toMatchObject({ hostKind: "country", countryCode: "KR" });
  });

  it("reads an older API client's countryCode as the host", () => {
    const { host: _host, ...legacy } = form;
    expect(eventInputSchema.parse({ ...legacy, countryCode: "TH" })).toMatchObject({ hostKind: "country", countryCode: "TH" });
    expect(eventInputSchema.parse({ ...legacy, countryCode: "unstated" })).toMatchObject({ hostKind: "unstated", countryCode: null });
    // A host given as such wins.
    expect(eventInputSchema.parse({ ...form, countryCode: "TH" })).toMatchObject({ countryCode: "ID" });
  });

  it("keeps the source slide and the notes, and refuses line breaks in the slide's title", () => {
    const out = eventInputSchema.parse({ ...form, sourceTitleJa: "日ASEAN首脳・閣僚級会合（2023年）", sourceNoteEn: "Table: 28 Oct.\r\nSlide: 27–29 Oct.", hostNoteEn: "Named only as Jakarta." });
    expect(out).toMatchObject({ sourceTitleJa: "日ASEAN首脳・閣僚級会合（2023年）", sourceNoteEn: "Table: 28 Oct.\nSlide: 27–29 Oct.", hostNoteEn: "Named only as Jakarta." });
    expect(errorsOf({ ...form, sourceTitleEn: "a\nb" }).sourceTitleEn).toEqual([E("lineBreak")]);
    expect(errorsOf({ ...form, sourceNoteJa: "あ".repeat(5001) }).sourceNoteJa).toEqual([E("noteTooLong")]);
  });
});

describe("eventInputSchema: refusals, each next to its field", () => {
  it("requires a title in at least one language", () => {
    expect(errorsOf({ ...form, titleJa: "  ", titleEn: "" })).toMatchObject({ titleJa: [E("titleRequired")], titleEn: [E("titleRequired")] });
  });

  it("refuses a 10,000-character title", () => {
    expect(errorsOf({ ...form, titleEn: "x".repeat(10_000) }).titleEn).toEqual([E("titleTooLong")]);
    expect(errorsOf({ ...form, titleEn: "x".repeat(300) }).titleEn).toBeUndefined();
    expect(errorsOf({ ...form, titleJa: "あ".repeat(301) }).titleJa).toEqual([E("titleTooLong")]);
  });

  it("refuses CR, LF and other line breaks in a title with their own message", () => {
    expect(errorsOf({ ...form, titleEn: "Evil\r\nSUMMARY:Injected" }).titleEn).toEqual([E("lineBreak")]);
    expect(errorsOf({ ...form, titleJa: "一行目\n二行目" }).titleJa).toEqual([E("lineBreak")]);
    expect(errorsOf({ ...form, cityEn: "a\u2028b" }).cityEn).toEqual([E("lineBreak")]);
  });

  it("refuses control and bidi-override characters", () => {
    expect(errorsOf({ ...form, titleEn: "bell\u0007" }).titleEn).toEqual([E("controlCharacters")]);
    expect(errorsOf({ ...form, titleEn: "tab\there" }).titleEn).toEqual([E("controlCharacters")]);
    expect(errorsOf({ ...form, titleEn: "txt.\u202Egnp" }).titleEn).toEqual([E("controlCharacters")]);
    expect(errorsOf({ ...form, descriptionEn: "nul\u0000" }).descriptionEn).toEqual([E("controlCharacters")]);
  });

  it("limits descriptions to 5000 characters", () => {
    expect(errorsOf({ ...form, descriptionJa: "あ".repeat(5001) }).descriptionJa).toEqual([E("descriptionTooLong")]);
  });

  it("refuses an end before the start, for timed and all-day events", () => {
    expect(errorsOf({ ...form, endTime: "08:00" }).endTime).toEqual([E("endBeforeStart")]);
    expect(errorsOf({ ...form, endTime: "09:00" }).endTime).toEqual([E("endBeforeStart")]);
    expect(errorsOf({ ...form, allDay: "on", endDate: "2023-08-20" }).endDate).toEqual([E("endBeforeStart")]);
  });

  it("refuses a local time skipped by a DST change", () => {
    // 2023-03-12 02:30 does not exist in New York (clocks jumped from 02:00 to 03:00).
    const gap = { ...form, startDate: "2023-03-12", endDate: "2023-03-12", startTime: "02:30", endTime: "04:00", timeZone: "America/New_York" };
    expect(errorsOf(gap).startTime).toEqual([E("nonexistentLocalTime")]);
  });

  it("refuses unknown time zones, countries, kinds and sectors", () => {
    expect(errorsOf({ ...form, timeZone: "Asia/Atlantis" }).timeZone).toEqual([E("unknownTimeZone")]);
    expect(errorsOf({ ...form, timeZone: "UTC" }).timeZone).toEqual([E("unknownTimeZone")]);
    expect(errorsOf({ ...form, host: "XX" }).host).toEqual([E("unknownHost")]);
    expect(errorsOf({ ...form, kind: "party" }).kind).toEqual([E("invalidChoice")]);
    expect(errorsOf({ ...form, sector: "nonsense" }).sector).toEqual([E("invalidChoice")]);
  });

  it("refuses bad slugs", () => {
    for (const slug of ["has space", "UPPER_case", "-leading", "trailing-", "double--hyphen", "日本語", "a/b"]) {
      expect(errorsOf({ ...form, slug }).slug, slug).toEqual([E("invalidSlug")]);
    }
    expect(errorsOf({ ...form, slug: "a".repeat(101) }).slug).toEqual([E("slugTooLong")]);
  });

  it("refuses impossible dates, missing times and years out of range", () => {
    expect(errorsOf({ ...form, startDate: "2023-02-29" }).startDate).toEqual([E("invalidDate")]);
    expect(errorsOf({ ...form, startTime: "" }).startTime).toEqual([E("timeRequired")]);
    expect(errorsOf({ ...form, endTime: "25:00" }).endTime).toEqual([E("invalidTime")]);
    expect(errorsOf({ ...form, startDate: "1999-12-31" }).startDate).toEqual([E("dateOutOfRange")]);
    expect(errorsOf({ ...form, allDay: "on", endDate: "2025-01-01" }).endDate).toEqual([E("spanTooLong")]);
  });

  it("refuses non-web source URLs", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,x", "ftp://example.org/x", "not a url", "http://localhost"]) {
      expect(errorsOf({ ...form, sourceUrl: url }).sourceUrl, url).toEqual([E("invalidUrl")]);
    }
    expect(errorsOf({ ...form, sourceUrl: "https://www.mofa.go.jp/a/b.html" }).sourceUrl).toBeUndefined();
  });

  it("reports every missing required field at once", () => {
    const errors = errorsOf({});
    for (const field of ["kind", "sector", "host", "startDate", "endDate", "timeZone"]) {
      expect(errors[field], field).toEqual([E("required")]);
    }
    expect(errors.titleJa).toEqual([E("titleRequired")]);
    expect(errors.startTime).toEqual([E("timeRequired")]);
  });

  it("refuses wrong JSON types with a message instead of throwing", () => {
    const errors = errorsOf({ ...form, titleEn: 42, parentId: "abc", allDay: "yes please" });
    expect(errors.titleEn).toEqual([E("invalid")]);
    expect(errors.parentId).toEqual([E("invalid")]);
  });
});

describe("create and update schemas", () => {
  it("create: starts as a draft unless publish is set", () => {
    expect(eventCreateSchema.parse(form).publish).toBe(false);
    expect(eventCreateSchema.parse({ ...form, publish: "on" }).publish).toBe(true);
  });

  it("update: requires the event id and the version the edit started from", () => {
    expect(errorsOf(form, eventUpdateSchema)).toMatchObject({ id: [E("required")], version: [E("required")] });
    expect(errorsOf({ ...form, id: "3", version: "0" }, eventUpdateSchema).version).toEqual([E("invalid")]);
    const ok = eventUpdateSchema.parse({ ...form, id: "3", version: "7" });
    expect(ok).toMatchObject({ id: 3, version: 7 });
    expect(ok.input.titleEn).toBe(form.titleEn);
  });
});

describe("time zone spelling and non-object input (found by the fuzz tests)", () => {
  it("stores a zone typed in another letter case in its IANA spelling", () => {
    expect(eventInputSchema.parse({ ...form, timeZone: "asia/jakarta" }).timeZone).toBe("Asia/Jakarta");
    expect(eventInputSchema.parse({ ...form, timeZone: "ASIA/HO_CHI_MINH", countryCode: "VN" }).timeZone).toBe("Asia/Ho_Chi_Minh");
    expect(eventInputSchema.parse({ ...form, timeZone: "Asia/Kolkata", countryCode: "VN" }).timeZone).toBe("Asia/Kolkata");
    expect(errorsOf({ ...form, timeZone: "asia/atlantis" }).timeZone).toEqual([E("unknownTimeZone")]);
  });

  it("refuses null, arrays and strings instead of throwing", () => {
    for (const input of [null, [], "text", 42]) {
      expect(() => eventInputSchema.safeParse(input)).not.toThrow();
      expect(eventInputSchema.safeParse(input).success).toBe(false);
      expect(eventUpdateSchema.safeParse(input).success).toBe(false);
    }
  });
});
