import { z } from "zod";
import type { EditorErrorName, ErrorCode } from "@/lib/errors";

/**
 * Building blocks for text inputs that arrive from HTML forms (always strings, "" when empty)
 * or from the JSON API (possibly missing). Error messages are error codes (lib/errors.ts):
 * staffAction translates them for the form, the JSON API returns them next to their English text.
 */

/** The code of an editor validation error. */
export const editorError = <N extends EditorErrorName>(name: N) => `editor.errors.${name}` as const;

// C0 controls except TAB, LF and CR, DEL, C1 controls, and the bidi overrides that can disguise text.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;
const TAB = /\t/;

/**
 * The character rules of every user-facing text field (event texts, user names, web addresses):
 * the first one `s` breaks, or null. A lone UTF-16 surrogate cannot be stored as UTF-8 (SQLite
 * would keep invalid bytes, shown as "���"); control characters and bidi overrides can hide or
 * disguise text. One line: no line breaks and no tabs either.
 */
export function characterProblem(s: string, lines: "one" | "several"): ErrorCode | null {
  if (!s.isWellFormed()) return editorError("unpairedSurrogate");
  if (lines === "one" && LINE_BREAK.test(s)) return editorError("lineBreak");
  if (CONTROL_CHARS.test(s) || (lines === "one" && TAB.test(s))) return editorError("controlCharacters");
  return null;
}

/** Missing values (JSON API, unchecked fields) become "", so every rule sees a string. */
const asString = (v: unknown) => (v === undefined || v === null ? "" : v);

/** `tooLong` is the code of the message that states this field's limit (messages cannot take parameters here). */
type TextOptions = { max: number; tooLong: ErrorCode; required?: boolean };

function textField(lines: "one" | "several", { max, tooLong, required = false }: TextOptions, normalise: (s: string) => string) {
  return z.preprocess(
    asString,
    z
      .string({ error: editorError("invalid") })
      .transform(normalise)
      .superRefine((s, ctx) => {
        const problem = required && s === "" ? editorError("required") : s.length > max ? tooLong : characterProblem(s, lines);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
  );
}

/**
 * One line of text (titles, places, user names): a line break is refused with its own message
 * rather than silently changed, because it usually means something was pasted by mistake.
 */
export function singleLineText(options: TextOptions) {
  return textField("one", options, (s) => s.normalize("NFC").trim());
}

/** Free text with paragraphs: line endings are normalized to "\n"; other control characters are refused. */
export function multiLineText(options: TextOptions) {
  return textField("several", options, (s) => s.normalize("NFC").replace(/\r\n?/g, "\n").trim());
}

/** A checkbox: "on"/"true"/"1" from a form, or a JSON boolean. Anything else is false. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

/** One message for anything that is not a positive safe integer (ids and row versions). */
const positiveInteger = z
  .number({ error: editorError("invalid") })
  .refine((n) => Number.isSafeInteger(n) && n > 0, { message: editorError("invalid") });

/** A positive integer id, or null when the field is empty. */
export const optionalId = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? null : typeof v === "string" ? Number(v.trim()) : v),
  positiveInteger.nullable(),
);

/** A required positive integer (ids, row versions) from a form string or a JSON number. */
export const requiredId = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim())) : v),
  z.number({ error: (issue) => editorError(issue.input === undefined ? "required" : "invalid") }).pipe(positiveInteger),
);

/** One of a fixed list, "" counting as missing. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, unknownMessage: EditorErrorName = "invalidChoice") {
  return z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? undefined : v),
    z.enum(values, { error: (issue) => editorError(issue.input === undefined ? "required" : unknownMessage) }),
  );
}
