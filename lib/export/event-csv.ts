import { stringify } from "csv-stringify/sync";
import type { Event } from "@/db/schema";
import { eventFieldValues, type EventFieldSource } from "@/lib/events/event-edit-form-values";
import { eventPageUrl } from "@/lib/feeds/feed-event";
import { CSV_COLUMNS, type CsvColumnKey } from "@/lib/import/csv-columns";
import { neutralizeFormula } from "./csv-cells";

/**
 * A view's events as CSV for Excel: UTF-8 with a byte-order mark (without one, Excel-ja reads
 * UTF-8 as Shift_JIS and shows garbage), CRLF line ends, headers in the view's language, and
 * formulas neutralised. The columns are the import's (lib/import/csv-columns.ts) filled as the
 * event form fills itself, plus the status and feed bookkeeping that an import reads past: an
 * export imported again changes nothing. Public exports leave out the private note.
 */
export type ExportEvent = EventFieldSource & Pick<Event, "uid" | "status" | "cancelReason" | "cancelReasonEn" | "sequence" | "updatedAt">;

export const EXPORT_COLUMNS = CSV_COLUMNS.filter((c) => c.key !== "staffNote");

const BOOLEAN_FIELDS = new Set<CsvColumnKey>(["isTentative", "allDay", "isSpecial"]);

/** One event's cells, in EXPORT_COLUMNS order (before neutralising). */
function exportCells(event: ExportEvent, opts: { lang: "ja" | "en"; baseUrl: string }): string[] {
  const fields = eventFieldValues(event) as Record<string, string | undefined>;
  const extra: Partial<Record<CsvColumnKey, string>> = {
    id: String(event.id),
    uid: event.uid,
    status: event.status,
    cancelReasonJa: event.cancelReason,
    cancelReasonEn: event.cancelReasonEn,
    sequence: String(event.sequence),
    url: eventPageUrl(opts.baseUrl, opts.lang, event.slug),
    updatedAt: event.updatedAt.toISOString(),
  };
  return EXPORT_COLUMNS.map(({ key }) => {
    if (BOOLEAN_FIELDS.has(key)) return fields[key] === "on" ? "TRUE" : "FALSE";
    return extra[key] ?? fields[key] ?? "";
  });
}

const BATCH = 1000;
const encoder = new TextEncoder();

/** The CSV file in chunks of rows (the byte-order mark and header first), as a large view is read in batches. */
export function eventsCsvChunks(events: Iterable<ExportEvent>, opts: { lang: "ja" | "en"; baseUrl: string }): Uint8Array[] {
  const chunks = [encoder.encode(stringify([EXPORT_COLUMNS.map((c) => c[opts.lang])], { bom: true, record_delimiter: "windows" }))];
  let batch: string[][] = [];
  const flush = () => {
    if (batch.length) chunks.push(encoder.encode(stringify(batch, { record_delimiter: "windows" })));
    batch = [];
  };
  for (const event of events) {
    batch.push(exportCells(event, opts).map(neutralizeFormula));
    if (batch.length === BATCH) flush();
  }
  flush();
  return chunks;
}

