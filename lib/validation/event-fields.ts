import { z } from "zod";
import { isCalendarDate } from "@/lib/time/calendar-date";
import { isYearMonth } from "@/lib/time/date-precision";
import { COUNTRIES } from "@/lib/events/countries";
import { isLocalTime, isValidTimeZone } from "@/lib/time/zones";
import type { EditorErrorName, ErrorCode } from "@/lib/errors";
import { characterProblem, editorError } from "./text-fields";

/** Field rules specific to events: slug, source URL, dates, times and zones. */

/**
 * Reports only the first rule a value breaks. (Not `refine(…, { abort: true })`: an explicit
 * abort would also stop the form's cross-field checks, and the editor should see every error at once.)
 */
function firstProblem(rules: [(s: string) => boolean, EditorErrorName][]) {
  return (s: string, ctx: z.RefinementCtx<string>) => {
    const broken = rules.find(([test]) => test(s));
    if (broken) ctx.addIssue({ code: "custom", message: editorError(broken[1]) });
  };
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 100;

/** A URL slug, or null when left empty (the server then derives one from the title). */
export const optionalSlug = z.preprocess(
  (v) => (v === undefined || v === null ? "" : typeof v === "string" ? v.trim().toLowerCase() : v),
  z
    .string({ error: editorError("invalid") })
    .superRefine(firstProblem([[(s) => s.length > SLUG_MAX, "slugTooLong"], [(s) => s !== "" && !SLUG_PATTERN.test(s), "invalidSlug"]]))
    .transform((s) => (s === "" ? null : s)),
);

export const URL_MAX = 2000;

/**
 * An optional public web address: http or https only (no javascript:, data:, file:…), under the
 * character rules of every text field (a bidi override would disguise the address shown as a link).
 */
export const optionalHttpUrl = z.preprocess(
  (v) => (v === undefined || v === null ? "" : typeof v === "string" ? v.trim() : v),
  z
    .string({ error: editorError("invalid") })
    .superRefine((s, ctx) => {
      const problem = urlProblem(s);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .transform((s) => (s === "" ? null : s)),
);

function urlProblem(s: string): ErrorCode | null {
  if (s.length > URL_MAX) return editorError("urlTooLong");
  const characters = characterProblem(s, "one");
  if (characters) return characters;
  return s !== "" && !isHttpUrl(s) ? editorError("invalidUrl") : null;
}

function isHttpUrl(s: string): boolean {
  if (/\s|[\u0000-\u001F\u007F]/.test(s)) return false;
  try {
    const url = new URL(s);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** Dates outside this range are typing mistakes (a year 20233, or 0023), not events of this site. */
export const EARLIEST_DATE = "2000-01-01";
export const LATEST_DATE = "2099-12-31";
/** A longer span is almost certainly a wrong end date. */
export const MAX_SPAN_DAYS = 366;

/** "YYYY-MM-DD", or "" (dates are required only for day precision: checked with the precision). */
export const calendarDate = z.preprocess(
  (v) => (v === undefined || v === null ? "" : typeof v === "string" ? v.trim() : v),
  z.string({ error: editorError("invalid") }).superRefine(
    firstProblem([
      [(s) => s !== "" && !isCalendarDate(s), "invalidDate"],
      [(s) => s !== "" && (s < EARLIEST_DATE || s > LATEST_DATE), "dateOutOfRange"],
    ]),
  ),
);

/** "YYYY-MM", or "" (months are required only for month precision). */
export const yearMonth = z.preprocess(
  (v) => (v === undefined || v === null ? "" : typeof v === "string" ? v.trim() : v),
  z.string({ error: editorError("invalid") }).superRefine(
    firstProblem([
      [(s) => s !== "" && !isYearMonth(s), "invalidMonth"],
      [(s) => s !== "" && (s < EARLIEST_DATE.slice(0, 7) || s > LATEST_DATE.slice(0, 7)), "dateOutOfRange"],
    ]),
  ),
);

/** A longer run of months is almost certainly a wrong end month. */
export const MAX_SPAN_MONTHS = 12;

/** "HH:mm", or "" (times are required only for timed events: checked with the all-day flag). */
export const localTime = z.preprocess(
  (v) => (v === undefined || v === null ? "" : typeof v === "string" ? v.trim() : v),
  z.string({ error: editorError("invalid") }).refine((s) => s === "" || isLocalTime(s), { message: editorError("invalidTime") }),
);

/**
 * Zones as IANA spells them, keyed by lower case. The venues' own zones come first: ICU lists a few
 * under older names (Asia/Saigon for Asia/Ho_Chi_Minh), and ours are the ones staff use.
 */
const SPELLINGS = new Map<string, string>();
for (const zone of [...COUNTRIES.map((c) => c.timeZone), ...Intl.supportedValuesOf("timeZone")]) {
  if (!SPELLINGS.has(zone.toLowerCase())) SPELLINGS.set(zone.toLowerCase(), zone);
}

/**
 * The zone in its IANA spelling, or null when it is not a real zone. Feeds look VTIMEZONE
 * definitions up by exact name, so "asia/tokyo" is stored as "Asia/Tokyo"; a valid zone that ICU
 * does not list (an alias such as Asia/Kolkata) is kept as typed when it is capitalised like IANA's.
 */
export function canonicalTimeZone(zone: string): string | null {
  if (!isValidTimeZone(zone)) return null;
  const known = SPELLINGS.get(zone.toLowerCase());
  if (known) return known;
  return zone.split("/").every((segment) => /^[A-Z]/.test(segment)) ? zone : null;
}

export const timeZone = z.preprocess(
  (v) => (v === undefined || v === null ? "" : typeof v === "string" ? v.trim() : v),
  z
    .string({ error: editorError("invalid") })
    .superRefine(
      firstProblem([
        [(s) => s === "", "required"],
        [(s) => canonicalTimeZone(s) === null, "unknownTimeZone"],
      ]),
    )
    .transform((s) => canonicalTimeZone(s) ?? s),
);
