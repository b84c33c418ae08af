import type { ErrorCode, ImportErrorName } from "@/lib/errors";
import { COUNTRIES } from "@/lib/events/countries";
import { HOST_KIND_LABELS, OTHER_HOST_KINDS } from "@/lib/events/hosts";
import { EVENT_KIND_LABELS, EVENT_KINDS } from "@/lib/events/kinds";
import { SECTOR_LABELS, SECTORS } from "@/lib/events/sectors";
import type { CsvColumn } from "./csv-columns";

/**
 * Cells as Japanese offices write them, read into the values the event form takes. Excel-ja saves
 * dates as 2023/10/7 and times as 9:00, people type 2023年10月7日, full-width digits and country
 * names; the form takes 2023-10-07, 09:00 and JP. Anything that is not clearly one value is an
 * error (never a guess), and a cell that looks like a spreadsheet formula is refused.
 */
export type CellResult = { ok: true; value: string } | { ok: false; code: ErrorCode };

const importError = <N extends ImportErrorName>(name: N) => `import.errors.${name}` as const;

/**
 * A spreadsheet formula: "=…", or "+", "-" or "@" followed by a function call or a cell reference
 * ("+SUM(A1)", "@HYPERLINK(…)", "-A1"). Text that merely starts with "-" ("- item") is not one.
 */
export function looksLikeFormula(cell: string): boolean {
  if (cell.startsWith("=")) return true;
  return /^[+\-@]\s*(?:[A-Za-z_][\w.]*\s*\(|\$?[A-Za-z]{1,3}\$?\d+\b)/.test(cell);
}

/** Exports write a cell that starts with = + - @ (after any apostrophes) behind one more apostrophe (lib/export/csv-cells.ts); an import takes it off. */
export function unquoteNeutralized(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** 2023-10-07, 2023/10/7, 2023.10.7, 2023年10月7日 (full-width digits too) → "2023-10-07"; the date itself is checked later. */
export function normalizeDate(cell: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cell.normalize("NFKC").trim());
  return m ? `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}` : null;
}

/** 2023-12, 2023/12, 2023年12月 → "2023-12". */
export function normalizeMonth(cell: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(cell.normalize("NFKC").trim());
  return m ? `${m[1]}-${pad(Number(m[2]))}` : null;
}

/** 9:00, 09:00, 9:00:00, 9時, 9時30分 → "09:00" (seconds must be 00: events start on the minute). */
export function normalizeTime(cell: string): string | null {
  const text = cell.normalize("NFKC").trim();
  const m = /^(\d{1,2}):(\d{2})(?::(00))?$/.exec(text) ?? /^(\d{1,2})時(?:(\d{1,2})分)?$/.exec(text);
  return m ? `${pad(Number(m[1]))}:${pad(Number(m[2] ?? 0))}` : null;
}

const TRUE_WORDS = new Set(["1", "true", "yes", "y", "on", "はい", "○", "〇", "◯", "✓", "✔"]);
const FALSE_WORDS = new Set(["0", "false", "no", "n", "off", "いいえ", "×", "✕", "-"]);

/**
 * TRUE/FALSE (as Excel writes them), 1/0, yes/no, はい/いいえ, ○/× → "true" or "false" (the form's
 * checkbox reads anything but true as unticked); an empty cell stays "", so the import can tell
 * "not said" (all-day is then read from the times) from "no".
 */
export function normalizeBoolean(cell: string): string | null {
  const text = cell.normalize("NFKC").trim().toLowerCase();
  if (text === "") return "";
  if (FALSE_WORDS.has(text)) return "false";
  return TRUE_WORDS.has(text) ? "true" : null;
}

/** A value from a fixed list: its code, or its label in either language (case and width ignored). */
function lookup(entries: [code: string, names: string[]][]): (cell: string) => string | null {
  const map = new Map<string, string>();
  for (const [code, names] of entries) for (const name of [code, ...names]) map.set(name.normalize("NFKC").toLowerCase(), code);
  return (cell) => map.get(cell.normalize("NFKC").trim().toLowerCase()) ?? null;
}

/** The words people write for each type, besides its labels. */
const KIND_WORDS: Record<(typeof EVENT_KINDS)[number], string[]> = {
  meeting: ["会合", "会議", "首脳会議", "閣僚会合"],
  event: ["行事", "イベント", "その他"],
  program: ["事業", "プログラム", "青年交流"],
};
const kindCode = lookup(EVENT_KINDS.map((k) => [k, [EVENT_KIND_LABELS[k].ja, EVENT_KIND_LABELS[k].en, ...KIND_WORDS[k]]]));
const sectorCode = lookup(SECTORS.map((s) => [s, [SECTOR_LABELS[s].ja, SECTOR_LABELS[s].en]]));
const hostCode = lookup([
  ...COUNTRIES.map((c): [string, string[]] => [c.code, [c.nameJa, c.nameEn]]),
  ...OTHER_HOST_KINDS.map((k): [string, string[]] => [k, [HOST_KIND_LABELS[k].ja, HOST_KIND_LABELS[k].en]]),
]);
const precisionCode = lookup([
  ["day", ["日", "日付", "date"]],
  ["month", ["月", "月のみ", "month only"]],
]);

/** One cell of `column` as the form value it stands for, or the error that says why it is none. */
export function readCell(column: CsvColumn, raw: string): CellResult {
  const cell = unquoteNeutralized(raw);
  // An apostrophe-quoted cell is text, whatever follows it.
  if (cell === raw && looksLikeFormula(raw)) return { ok: false, code: importError("formula") };
  const text = cell.trim();
  const converted = (value: string | null, code: ErrorCode): CellResult => (value === null ? { ok: false, code } : { ok: true, value });
  if (text === "") return { ok: true, value: column.kind === "multiline" ? cell : "" };
  switch (column.kind) {
    case "date":
      return converted(normalizeDate(text), "editor.errors.invalidDate");
    case "month":
      return converted(normalizeMonth(text), "editor.errors.invalidMonth");
    case "time":
      return converted(normalizeTime(text), "editor.errors.invalidTime");
    case "boolean":
      return converted(normalizeBoolean(text), importError("invalidBoolean"));
    case "kind":
      return converted(kindCode(text), "editor.errors.invalidChoice");
    case "sector":
      return converted(sectorCode(text), "editor.errors.invalidChoice");
    case "host":
      return converted(hostCode(text), "editor.errors.unknownHost");
    case "precision":
      return converted(precisionCode(text), "editor.errors.invalidChoice");
    case "id":
      return converted(/^\d{1,15}$/.test(text.normalize("NFKC")) ? String(Number(text.normalize("NFKC"))) : null, "editor.errors.invalid");
    case "zone":
    case "key":
      return { ok: true, value: text.normalize("NFKC") };
    case "multiline":
      return { ok: true, value: cell };
    case "text":
      return { ok: true, value: cell };
  }
}
