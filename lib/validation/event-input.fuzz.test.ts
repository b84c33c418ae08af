import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { COUNTRY_CODES } from "@/lib/events/countries";
import { EVENT_KINDS } from "@/lib/events/kinds";
import { SECTORS } from "@/lib/events/sectors";
import { isErrorCode } from "@/i18n/error-messages";
import { FUZZ_RUNS, hostileValue, invalidDates, invalidTimes, invalidZones, mutatedRecord, unknownFields } from "@/lib/testing/hostile-input";
import { isCalendarDate } from "@/lib/time/calendar-date";
import { isWholeMonths } from "@/lib/time/date-precision";
import { isIanaSpelledZone } from "@/lib/testing/stored-event-problems";
import { cancelEventSchema, eventRefSchema, moveEventSchema, restoreEventSchema } from "./event-actions";
import { validMeetingForm } from "@/lib/testing/event-form-fixture";
import { EARLIEST_DATE, LATEST_DATE, SLUG_PATTERN } from "./event-fields";
import { DESCRIPTION_MAX, eventCreateSchema, eventInputSchema, eventUpdateSchema, type EventInput, PLACE_MAX, TITLE_MAX } from "./event-input";

const form: Record<string, unknown> = validMeetingForm;

const OUTPUT_KEYS = Object.keys(eventInputSchema.parse(form)).sort();
// C0/C1 controls and the bidi overrides; single-line text also refuses TAB, multi-line text keeps TAB and LF.
const FORBIDDEN_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** What every accepted event must satisfy before it may be written. */
function expectStorableEvent(out: EventInput): void {
  expect(Object.keys(out).sort()).toEqual(OUTPUT_KEYS);
  expect(EVENT_KINDS).toContain(out.kind);
  expect(SECTORS).toContain(out.sector);
  // Only a country host has a country, and then a known one.
  if (out.hostKind === "country") expect(COUNTRY_CODES).toContain(out.countryCode);
  else expect(out.countryCode).toBeNull();
  if (out.datePrecision === "month") expect(out.allDay && isWholeMonths(out.startDate, out.endDate)).toBe(true);
  expect(out.titleJa.trim() !== "" || out.titleEn.trim() !== "").toBe(true);
  for (const [key, max] of [["titleJa", TITLE_MAX], ["titleEn", TITLE_MAX], ["cityJa", PLACE_MAX], ["cityEn", PLACE_MAX], ["venueJa", PLACE_MAX], ["venueEn", PLACE_MAX]] as const) {
    expect(out[key].length).toBeLessThanOrEqual(max);
    expect(out[key]).not.toMatch(/[\u2028\u2029]/);
    expect(out[key]).not.toMatch(FORBIDDEN_IN_LINE);
  }
  for (const key of ["descriptionJa", "descriptionEn"] as const) {
    expect(out[key].length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(out[key]).not.toMatch(FORBIDDEN_IN_TEXT);
  }
  if (out.slug !== null) expect(out.slug).toMatch(SLUG_PATTERN);
  if (out.sourceUrl !== null) expect(new URL(out.sourceUrl).protocol).toMatch(/^https?:$/);
  // A real zone in its IANA spelling: feeds look VTIMEZONE definitions up by exact name.
  expect(isIanaSpelledZone(out.timeZone), out.timeZone).toBe(true);
  expect(isCalendarDate(out.startDate) && isCalendarDate(out.endDate)).toBe(true);
  expect(out.startDate >= EARLIEST_DATE && out.endDate <= LATEST_DATE).toBe(true);
  expect(out.startDate <= out.endDate).toBe(true);
  if (out.allDay) {
    expect(out.startAt).toBeNull();
    expect(out.endAt).toBeNull();
  } else {
    expect(out.startAt!.getTime()).toBeLessThan(out.endAt!.getTime());
  }
}

/**
 * A rejection must name fields with messages that exist in both languages. (A payload that is
 * not an object at all has no fields: zod's own message; the JSON API answers it with a 400.)
 */
function expectClearErrors(error: z.ZodError): void {
  expect(error.issues.length).toBeGreaterThan(0);
  for (const issue of error.issues) {
    if (issue.path.length === 0 && issue.code === "invalid_type") continue;
    expect(isErrorCode(issue.message), `untranslated message "${issue.message}" at ${issue.path.join(".")}`).toBe(true);
  }
}

function check<S extends z.ZodType>(schema: S, input: unknown, accepted?: (out: z.output<S>) => void): void {
  let result: z.ZodSafeParseResult<z.output<S>>;
  expect(() => (result = schema.safeParse(input))).not.toThrow();
  if (result!.success) accepted?.(result!.data);
  else expectClearErrors(result!.error);
}

describe("event schemas under hostile input", () => {
  it("never throw on anything at all", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        for (const schema of [eventInputSchema, eventCreateSchema, eventUpdateSchema]) expect(() => schema.safeParse(input)).not.toThrow();
      }),
      FUZZ_RUNS,
    );
  });

  it("eventInputSchema: a mutated valid form is either rejected with translated field errors or is a storable event", () => {
    fc.assert(fc.property(mutatedRecord(form), (input) => check(eventInputSchema, input, expectStorableEvent)), FUZZ_RUNS);
  });

  it("invalid dates, times and zones are always rejected on their field", () => {
    fc.assert(
      fc.property(fc.constantFrom("startDate", "endDate"), invalidDates, (field, value) => {
        const result = eventInputSchema.safeParse({ ...form, [field]: value });
        // "2023-02-29" style values are never valid; out-of-range ones neither.
        expect(result.success).toBe(false);
        expect(result.error!.issues.some((i) => i.path[0] === field)).toBe(true);
        expectClearErrors(result.error!);
      }),
      FUZZ_RUNS,
    );
    fc.assert(
      fc.property(fc.constantFrom("startTime", "endTime"), invalidTimes, (field, value) => {
        const result = eventInputSchema.safeParse({ ...form, [field]: value });
        expect(result.success).toBe(false);
        expect(result.error!.issues.some((i) => i.path[0] === field)).toBe(true);
      }),
      FUZZ_RUNS,
    );
    fc.assert(
      fc.property(invalidZones, (value) => {
        const result = eventInputSchema.safeParse({ ...form, timeZone: value });
        // Either refused on the field, or (a zone in other letter case) stored canonically.
        if (result.success) expectStorableEvent(result.data);
        else expect(result.error.issues.some((i) => i.path[0] === "timeZone")).toBe(true);
      }),
      FUZZ_RUNS,
    );
  });

  it("a month-only form with any months is either rejected on its month fields or stored as whole months", () => {
    const month = fc.oneof(fc.constantFrom("2023-12", "2024-02", "1999-12", "2100-01", "2023-13", "2023-1", ""), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(month, month, (startMonth, endMonth) => {
        const result = eventInputSchema.safeParse({ ...form, datePrecision: "month", startMonth, endMonth, host: "unstated" });
        if (result.success) expectStorableEvent(result.data);
        else {
          expect(result.error.issues.every((i) => i.path[0] === "startMonth" || i.path[0] === "endMonth")).toBe(true);
          expectClearErrors(result.error);
        }
      }),
      FUZZ_RUNS,
    );
  });

  it("create and update: unknown fields never reach the output; hostile values are rejected clearly", () => {
    fc.assert(
      fc.property(mutatedRecord({ ...form, publish: "on" }), (input) =>
        check(eventCreateSchema, input, (out: { publish: boolean; input: EventInput }) => {
          expect(Object.keys(out).sort()).toEqual(["input", "publish"]);
          expect(typeof out.publish).toBe("boolean");
          expectStorableEvent(out.input);
        }),
      ),
      FUZZ_RUNS,
    );
    fc.assert(
      fc.property(mutatedRecord({ ...form, id: 7, version: 3 }), (input) =>
        check(eventUpdateSchema, input, (out: { id: number; version: number; input: EventInput }) => {
          expect(Object.keys(out).sort()).toEqual(["id", "input", "version"]);
          expect(Number.isSafeInteger(out.id) && out.id > 0 && Number.isSafeInteger(out.version) && out.version > 0).toBe(true);
          expectStorableEvent(out.input);
        }),
      ),
      FUZZ_RUNS,
    );
  });

  it("one-button actions (cancel, move, restore, publish…) reject hostile refs with translated errors", () => {
    // The output's fields: the input's, but a cancellation's reasons become one { ja, en } and a restore reads its status choice as `withStatus`.
    const bases: [z.ZodType<Record<string, unknown>>, Record<string, unknown>, string[]?][] = [
      [eventRefSchema, { id: 1, version: 1 }],
      [cancelEventSchema, { id: 1, version: 1, cancelReason: "台風", cancelReasonEn: "Typhoon" }, ["id", "version", "cancelReason"]],
      [moveEventSchema, { id: 1, version: 1, direction: "up" }],
      [restoreEventSchema, { id: 1, version: 1, auditId: 9, status: "version" }, ["id", "version", "auditId", "withStatus"]],
    ];
    for (const [schema, base, outputKeys = Object.keys(base)] of bases) {
      fc.assert(
        fc.property(fc.oneof(mutatedRecord(base), unknownFields, hostileValue), (input) =>
          check(schema, input, (out: Record<string, unknown>) => {
            expect(Object.keys(out).sort()).toEqual([...outputKeys].sort());
            expect(Number.isSafeInteger(out.id) && (out.id as number) > 0).toBe(true);
            if ("cancelReason" in out) {
              const reason = out.cancelReason as { ja: string; en: string };
              expect(`${reason.ja}${reason.en}`.trim()).not.toBe("");
            }
          }),
        ),
        FUZZ_RUNS,
      );
    }
  });
});
