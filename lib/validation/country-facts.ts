import { z } from "zod";
import { isCountryCode } from "@/lib/events/countries";
import { editorError, multiLineText, requiredId, singleLineText } from "./text-fields";
import { PLACE_MAX, STAFF_NOTE_MAX } from "./event-input";

/** The years a briefing's figures can be for; anything else is a typing mistake. */
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2099;

const figure = singleLineText({ max: PLACE_MAX, tooLong: editorError("placeTooLong") });
const note = multiLineText({ max: STAFF_NOTE_MAX, tooLong: editorError("noteTooLong") });

/** The year the figures are for, or null when the source does not state one (an empty field). */
const statsYear = z.preprocess(
  (v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : typeof v === "string" ? Number(v.trim()) : v),
  z
    .number({ error: editorError("invalidYear") })
    .refine((n) => Number.isInteger(n) && n >= EARLIEST_YEAR && n <= LATEST_YEAR, { message: editorError("invalidYear") })
    .nullable(),
);

/** The admin form of a country's facts: every figure as text with its own units, as the source writes it. */
export const countryFactsFieldsSchema = z.object({
  populationJa: figure,
  populationEn: figure,
  areaJa: figure,
  areaEn: figure,
  comparisonJa: figure,
  comparisonEn: figure,
  gdpJa: figure,
  gdpEn: figure,
  gdpPerHeadJa: figure,
  gdpPerHeadEn: figure,
  leaderJa: figure,
  leaderEn: figure,
  statsYear,
  noteJa: note,
  noteEn: note,
  sourceJa: note,
  sourceEn: note,
});

export type CountryFactsInput = z.infer<typeof countryFactsFieldsSchema>;
export type CountryFactsFieldName = keyof CountryFactsInput;
export const COUNTRY_FACTS_FIELDS = Object.keys(countryFactsFieldsSchema.shape) as CountryFactsFieldName[];

/** An edit names the country and the row version the admin started from (optimistic locking). */
export const countryFactsUpdateSchema = countryFactsFieldsSchema
  .extend({
    code: z.string({ error: editorError("invalid") }).refine(isCountryCode, { message: editorError("unknownCountry") }),
    version: requiredId,
  })
  .transform(({ code, version, ...input }) => ({ code, version, input }));
