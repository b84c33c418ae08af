import { CsvError, parse } from "csv-parse/sync";
import type { EventFieldName } from "@/lib/validation/event-input";
import { readCell } from "./cell-values";
import { type CsvColumn, columnForHeader, columnHeader, isMatchKey, isReadOnly, REQUIRED_COLUMN_GROUPS } from "./csv-columns";
import type { ImportProblem } from "./import-problem";
import { addProblem, type ImportRow, type ProblemField, type ReadFile } from "./import-row";
import { IMPORT_MAX_ROWS } from "./limits";

/**
 * Reads an event CSV (csv-parse): the header row names the columns (lib/import/csv-columns.ts,
 * Japanese or English), every later row is an event. The whole file is refused, with one message,
 * when it cannot be read as CSV, has too many rows, lacks a required column or has a column this
 * app does not know (a typo would otherwise drop data silently). Problems in single cells are kept
 * with their row, so the preview shows every one of them at once.
 */
const both = (keys: readonly string[]) => keys.map((k) => `${columnHeader(k as CsvColumn["key"], "ja")} / ${columnHeader(k as CsvColumn["key"], "en")}`);

function syntaxProblem(error: CsvError): ImportProblem {
  const line = typeof error.lines === "number" ? error.lines : 0;
  if (error.code === "CSV_QUOTE_NOT_CLOSED") return { code: "import.errors.quoteNotClosed", values: { line } };
  return { code: "import.errors.csvSyntax", values: { line } };
}

/** The columns the header names, or the problem with the header. */
function headerColumns(header: string[]): { ok: true; columns: (CsvColumn | null)[] } | { ok: false; problem: ImportProblem } {
  const columns: (CsvColumn | null)[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (const [index, name] of header.entries()) {
    if (name.trim() === "") {
      columns.push(null); // An unnamed column (Excel's trailing commas) must stay empty: checked per row.
      continue;
    }
    const column = columnForHeader(name);
    if (!column) unknown.push(name.trim().slice(0, 60));
    else if (seen.has(column.key)) return { ok: false, problem: { code: "import.errors.duplicateColumn", values: { column: name.trim(), position: index + 1 } } };
    else seen.add(column.key);
    columns.push(column ?? null);
  }
  if (unknown.length) return { ok: false, problem: { code: "import.errors.unknownColumns", values: { columns: unknown.join("、 ") } } };
  const missing = REQUIRED_COLUMN_GROUPS.filter((group) => !group.some((key) => seen.has(key)));
  if (missing.length) return { ok: false, problem: { code: "import.errors.missingColumns", values: { columns: missing.map((group) => both(group).join(" or ")).join("; ") } } };
  return { ok: true, columns };
}

/** One data row's values and cell problems. */
function readRow(cells: string[], columns: (CsvColumn | null)[], position: number): ImportRow {
  const row: ImportRow = { position, key: {}, values: {}, problems: {} };
  for (const [index, raw] of cells.entries()) {
    const column = columns[index];
    if (!column) {
      if (raw.trim() !== "") addProblem(row, "row", { code: "import.errors.cellWithoutColumn", values: { position: index + 1 } });
      continue;
    }
    if (isReadOnly(column.key)) continue;
    const cell = readCell(column, raw);
    if (!cell.ok) {
      addProblem(row, column.key as ProblemField, { code: cell.code });
      continue;
    }
    if (isMatchKey(column.key)) {
      if (cell.value === "") continue;
      if (column.key === "id") row.key.id = Number(cell.value);
      // Slugs are stored in lower case (the form's rule): "My-Slug" names my-slug.
      else if (column.key === "slug") row.key.slug = cell.value.toLowerCase();
      else row.key.uid = cell.value;
      if (column.key === "slug") row.values.slug = cell.value;
      continue;
    }
    row.values[column.key as EventFieldName] = cell.value;
  }
  row.label = cells.find((c) => c.trim() !== "")?.slice(0, 80);
  return row;
}

export function readEventCsv(text: string): ReadFile {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, relax_quotes: true });
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, problem: syntaxProblem(error) };
    throw error;
  }
  const [header, ...rest] = records;
  // Numbered as the spreadsheet shows them (the header is row 1), then empty rows (",,,") dropped.
  const data = rest.map((cells, i) => ({ cells, position: i + 2 })).filter(({ cells }) => cells.some((c) => c.trim() !== ""));
  if (data.length > IMPORT_MAX_ROWS) return { ok: false, problem: { code: "import.errors.tooManyRows", values: { rows: data.length, max: IMPORT_MAX_ROWS } } };
  if (!header) return { ok: false, problem: { code: "import.errors.noRows" } };
  const read = headerColumns(header);
  if (!read.ok) return read;
  if (data.length === 0) return { ok: false, problem: { code: "import.errors.noRows" } };
  return { ok: true, rows: data.map(({ cells, position }) => readRow(cells, read.columns, position)) };
}
