import type { EventFieldName } from "@/lib/validation/event-input";
import type { ImportProblem } from "./import-problem";

/** What a problem is about: a field of the event form, a column that names the event, or the whole row. */
export type ProblemField = EventFieldName | "id" | "uid" | "row";

/**
 * One event as a file gives it (a CSV row or an ICS VEVENT), read but not yet checked against the
 * stored events: the form values it sets (a field absent from the file is absent here: an update
 * keeps the stored value, a new event gets its default) and the problems found in its cells.
 */
export type ImportRow = {
  /** Where it is in the file: the spreadsheet row (CSV; the header is row 1) or the VEVENT's number (ICS). */
  position: number;
  /** What names the event it updates, as the file gives it. */
  key: { id?: number; uid?: string; slug?: string };
  values: Partial<Record<EventFieldName, string>>;
  problems: Partial<Record<ProblemField, ImportProblem[]>>;
  /** Set when the entry is not imported at all, and why (a repeating ICS event…): shown, never silent. */
  skip?: ImportProblem;
  /** Text to recognise the entry by in the preview when it has no title (an ICS SUMMARY, a CSV row's first cells). */
  label?: string;
};

export function addProblem(row: Pick<ImportRow, "problems">, field: ProblemField, problem: ImportProblem): void {
  (row.problems[field] ??= []).push(problem);
}

/** A file read into rows, or why it cannot be. */
export type ReadFile = { ok: true; rows: ImportRow[] } | { ok: false; problem: ImportProblem };
