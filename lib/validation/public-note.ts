import { z } from "zod";
import type { PublicNote } from "@/lib/changes/public-change";
import { NOTE_MAX } from "./event-input";
import { editorError, multiLineText } from "./text-fields";

/**
 * The staff's optional note for the public changelog, in both languages (fields publicNoteJa and
 * publicNoteEn of the event form and the status buttons). Empty when not given.
 */
export const publicNoteSchema = z
  .object({
    publicNoteJa: multiLineText({ max: NOTE_MAX, tooLong: editorError("noteTooLong") }),
    publicNoteEn: multiLineText({ max: NOTE_MAX, tooLong: editorError("noteTooLong") }),
  })
  .transform(({ publicNoteJa, publicNoteEn }): { note: PublicNote } => ({ note: { ja: publicNoteJa, en: publicNoteEn } }));

/** `schema`'s fields plus the public note: the output is both outputs merged. */
export function withPublicNote<S extends z.ZodType<object>>(schema: S) {
  return z.intersection(schema, publicNoteSchema);
}
