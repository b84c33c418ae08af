import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { nameField, newUserSchema } from "@/lib/auth/user-schemas";
import { cancelEventFields, cancelEventSchema } from "./event-actions";
import { validMeetingForm } from "@/lib/testing/event-form-fixture";
import { eventFieldsSchema, eventInputSchema } from "./event-input";
import { textLimits } from "./text-fields";

/** The field-level codes a schema reports, by dotted path. */
function fieldCodes(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  const out: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

const E = (name: string) => `editor.errors.${name}`;

/** Every user-facing text field, with a valid input around it. */
const fields: { field: string; schema: z.ZodType; base: Record<string, string>; lines: "one" | "several" }[] = [
  ...["titleJa", "titleEn", "cityJa", "cityEn", "venueJa", "venueEn", "recurrenceJa", "recurrenceEn", "sourceUrl"].map((field) => ({
    field, schema: eventInputSchema, base: validMeetingForm, lines: "one" as const,
  })),
  ...["descriptionJa", "descriptionEn", "staffNote"].map((field) => ({ field, schema: eventInputSchema, base: validMeetingForm, lines: "several" as const })),
  ...["cancelReason", "cancelReasonEn"].map((field) => ({ field, schema: cancelEventSchema, base: { id: "1", version: "1", cancelReason: "台風", cancelReasonEn: "Typhoon" }, lines: "several" as const })),
  { field: "name", schema: newUserSchema, base: { email: "new.editor@example.org", name: "New Editor", role: "editor", password: "violet-harbour-kettle-93" }, lines: "one" },
];

/** A value of the field with `inserted` in it (a web address keeps its shape). */
const withText = (field: string, inserted: string) => (field === "sourceUrl" ? `https://example.org/a${inserted}b` : `Tokyo ${inserted} 2023`);

describe("one set of character rules for every user-facing text field", () => {
  it("accepts the valid inputs the cases start from", () => {
    for (const { field, schema, base } of fields) expect(fieldCodes(schema, { ...base, [field]: withText(field, "x") }), field).toEqual({});
  });

  it("refuses an unpaired surrogate (either half) with its own message on that field", () => {
    for (const { field, schema, base } of fields) {
      for (const half of ["\ud800", "\udfff", "\ud83d", "x\ude00"]) {
        expect(fieldCodes(schema, { ...base, [field]: withText(field, half) }), `${field} ${JSON.stringify(half)}`).toEqual({ [field]: [E("unpairedSurrogate")] });
      }
      // A whole surrogate pair is an ordinary character.
      expect(fieldCodes(schema, { ...base, [field]: withText(field, "\ud83d\ude00") }), field).toEqual({});
    }
  });

  it("refuses control characters and bidi overrides in every field, the user name and the source address included", () => {
    for (const { field, schema, base } of fields) {
      for (const c of ["\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u202a", "\u202e", "\u2066", "\u2069"]) {
        expect(fieldCodes(schema, { ...base, [field]: withText(field, c) }), `${field} ${JSON.stringify(c)}`).toEqual({ [field]: [E("controlCharacters")] });
      }
    }
  });

  it("refuses line breaks and tabs in one-line fields only", () => {
    for (const { field, schema, base, lines } of fields) {
      if (field === "sourceUrl") continue; // whitespace makes it an invalid address
      expect(fieldCodes(schema, { ...base, [field]: withText(field, "\n") }), field).toEqual(lines === "one" ? { [field]: [E("lineBreak")] } : {});
      expect(fieldCodes(schema, { ...base, [field]: withText(field, "\t") }), field).toEqual(lines === "one" ? { [field]: [E("controlCharacters")] } : {});
    }
  });

  it("keeps a user name optional and trimmed", () => {
    expect(nameField.parse(undefined)).toBe("");
    expect(nameField.parse("  Tanaka Hiroshi ")).toBe("Tanaka Hiroshi");
    expect(fieldCodes(nameField, "x".repeat(101))).toEqual({ "": ["users.errors.nameTooLong"] });
  });
});

describe("textLimits: the forms' maxlength is the schema's limit", () => {
  const ascii = (field: string, length: number) => (field === "sourceUrl" ? `https://example.org/${"a".repeat(length - 20)}` : "a".repeat(length));

  it("gives every free-text field of the event form a limit, which the schema accepts and refuses one character beyond", () => {
    const limits = textLimits(eventFieldsSchema.shape);
    const textFields = Object.keys(validMeetingForm).concat("hostNoteJa", "hostNoteEn", "sourceTitleJa", "sourceTitleEn", "sourceNoteJa", "sourceNoteEn")
      .filter((f) => !["kind", "sector", "host", "startDate", "startTime", "endDate", "endTime", "timeZone", "parentId", "programId"].includes(f));
    expect(Object.keys(limits).sort()).toEqual([...new Set(textFields)].sort());
    for (const [field, max] of Object.entries(limits)) {
      expect(fieldCodes(eventInputSchema, { ...validMeetingForm, [field]: ascii(field, max) })[field], `${field} at ${max}`).toBeUndefined();
      expect(fieldCodes(eventInputSchema, { ...validMeetingForm, [field]: ascii(field, max + 1) })[field], `${field} at ${max + 1}`).toHaveLength(1);
    }
  });

  it("also for the cancel reasons and the user's name", () => {
    expect(textLimits(cancelEventFields.shape)).toEqual({ cancelReason: 1000, cancelReasonEn: 1000 });
    expect(textLimits({ name: nameField })).toEqual({ name: 100 });
  });
});
