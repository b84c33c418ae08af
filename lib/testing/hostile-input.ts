import fc from "fast-check";

/**
 * Arbitraries for fuzzing inputs that arrive from the outside (forms, JSON API, URLs): wrong
 * types, huge strings, control characters, invalid dates and zones, prototype-polluting keys.
 * Shared by the *.fuzz.test.ts files; bounded sizes so a property runs in milliseconds.
 */

/** Characters that must never slip into stored text unnoticed. */
export const CONTROL_SAMPLES = ["\u0000", "\u0007", "\b", "\u000b", "\f", "\u001b[31m", "\u007f", "\u0085", "\u009b", "\u202e", "\u2066", "\r", "\n", "\r\n", "\u2028", "\t", "\ud800", "\udfff", "\ufeff"];

export const controlString = fc
  .tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...CONTROL_SAMPLES), fc.string({ maxLength: 20 }))
  .map(([a, c, b]) => a + c + b);

/** Up to 200,000 characters, built by repetition so generating it is cheap. */
export const hugeString = fc
  .tuple(fc.string({ minLength: 1, maxLength: 8, unit: "binary" }), fc.integer({ min: 1_000, max: 200_000 }))
  .map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n));

export const unicodeString = fc.string({ maxLength: 300, unit: "binary" });

export const invalidDates = fc.constantFrom(
  "2023-02-29", "2023-02-30", "2023-13-01", "2023-00-10", "2023-04-31", "0000-00-00", "20233-01-01", "2023-1-1",
  "23-01-01", "2023/01/01", "2023-01-01T00:00", "1999-12-31", "2100-01-01", "NaN", "Infinity", " ", "２０２３-０１-０１",
);

export const invalidTimes = fc.constantFrom("24:00", "23:60", "9:00", "09:0", "0900", "12:00:00", "-1:00", "25:61", "noon", "１２:００", "12:00 PM");

export const invalidZones = fc.constantFrom(
  "Asia/Tokyoo", "asia/tokyo ", "Tokyo", "JST", "+09:00", "UTC+9", "Etc/GMT+99", "../../etc/passwd", "Asia/", "/", "Local", "Mars/Olympus_Mons",
);

/** Values of a type no field expects. */
export const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(NaN),
  fc.constant(Infinity),
  fc.bigInt(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.date({ noInvalidDate: false }),
);

/** Anything a hostile client could put in one field. */
export const hostileValue = fc.oneof(
  wrongType,
  controlString,
  hugeString,
  unicodeString,
  invalidDates,
  invalidTimes,
  invalidZones,
  fc.constantFrom("", " ", "<script>alert(1)</script>", "' OR 1=1 --", "%00", "javascript:alert(1)", "file:///etc/passwd", "__proto__"),
);

/** Extra keys that a payload must not be able to smuggle through validation. */
export const unknownFields = fc.dictionary(
  fc.oneof(
    fc.constantFrom("__proto__", "constructor", "prototype", "status", "uid", "sequence", "deletedAt", "createdAt", "updatedBy", "role", "isAdmin"),
    fc.string({ maxLength: 12 }),
  ),
  fc.oneof(hostileValue, fc.constant("published"), fc.constant(1)),
  { maxKeys: 4 },
);

/** A copy of `base` with some fields replaced by hostile values, others dropped, unknown ones added. */
export function mutatedRecord(base: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(base);
  return fc
    .tuple(
      fc.subarray(keys, { minLength: 1, maxLength: Math.min(4, keys.length) }),
      fc.array(hostileValue, { minLength: 4, maxLength: 4 }),
      fc.subarray(keys, { maxLength: 2 }),
      unknownFields,
    )
    .map(([replace, values, drop, extra]) => {
      const out: Record<string, unknown> = { ...base };
      replace.forEach((k, i) => (out[k] = values[i]));
      for (const k of drop) delete out[k];
      // defineProperty: a literal "__proto__" key would set the prototype instead of a field.
      for (const [k, v] of Object.entries(extra)) Object.defineProperty(out, k, { value: v, enumerable: true, configurable: true, writable: true });
      return out;
    });
}

/** fast-check settings for the fuzz suites: bounded, reproducible from the printed seed. */
export const FUZZ_RUNS = { numRuns: 200 } as const;
