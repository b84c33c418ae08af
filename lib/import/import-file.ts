import { z } from "zod";
import { capitalTimeZone, isCountryCode } from "@/lib/events/countries";
import { EVENT_KINDS } from "@/lib/events/kinds";
import { SECTORS } from "@/lib/events/sectors";
import { HOST_VALUES } from "@/lib/validation/event-input";
import { choice } from "@/lib/validation/text-fields";
import { decodeImportFile, type FileEncoding } from "./decode-file";
import type { CreateDefaults } from "./import-plan";
import type { ImportProblem } from "./import-problem";
import type { ImportRow } from "./import-row";
import { readEventCsv } from "./read-csv";
import { readEventIcs } from "./read-ics";

/**
 * The importer's choices, for the form and the API: the language of a calendar's text, and the
 * type, sector and host of the new events it creates (an .ics file has no such fields; a CSV has
 * them as columns). The defaults suit a ministry's calendar of meetings in Japan.
 */
export const importOptionsSchema = z.object({
  icsLanguage: z.preprocess((v) => (v === undefined || v === null || v === "" ? "ja" : v), z.enum(["ja", "en"], { error: "editor.errors.invalidChoice" })),
  kind: z.preprocess((v) => (v === undefined || v === null || v === "" ? "meeting" : v), choice(EVENT_KINDS)),
  sector: z.preprocess((v) => (v === undefined || v === null || v === "" ? "foreign-affairs" : v), choice(SECTORS)),
  host: z.preprocess((v) => (v === undefined || v === null || v === "" ? "JP" : v), choice(HOST_VALUES, "unknownHost")),
});
export type ImportOptions = z.infer<typeof importOptionsSchema>;

export type ImportFormat = "csv" | "ics";

export type ReadImport =
  | { ok: true; format: ImportFormat; encoding: FileEncoding; text: string; rows: ImportRow[] }
  | { ok: false; problem: ImportProblem; encoding?: FileEncoding };

/** An iCalendar file by its name, or by its first line whatever its name. */
export function importFormat(fileName: string, text: string): ImportFormat | null {
  if (/^\s*BEGIN:VCALENDAR/i.test(text) || /\.(ics|ical|ifb|icalendar)$/i.test(fileName)) return "ics";
  if (/\.(csv|txt)$/i.test(fileName) || !/\.[a-z0-9]{1,8}$/i.test(fileName)) return "csv";
  return null;
}

/** The zone of a calendar's UTC and floating times: the chosen host's capital's, else the site's (STAFF_TIME_ZONE). */
function calendarZone(options: ImportOptions, siteZone: string): string {
  return isCountryCode(options.host) ? capitalTimeZone(options.host) : siteZone;
}

/** Rows of decoded text, read as the given format. */
export function readImportText(text: string, format: ImportFormat, options: ImportOptions, siteZone: string) {
  return format === "ics" ? readEventIcs(text, { lang: options.icsLanguage, defaultZone: calendarZone(options, siteZone) }) : readEventCsv(text);
}

/** Decodes an uploaded file, recognises its format and reads its rows; or says why it cannot be imported. */
export function readImportFile(bytes: Uint8Array, fileName: string, options: ImportOptions, siteZone: string): ReadImport {
  const decoded = decodeImportFile(bytes);
  if (!decoded.ok) return { ok: false, problem: decoded.problem };
  const format = importFormat(fileName, decoded.text);
  if (!format) return { ok: false, problem: { code: "import.errors.unknownFormat" }, encoding: decoded.encoding };
  const read = readImportText(decoded.text, format, options, siteZone);
  if (!read.ok) return { ok: false, problem: read.problem, encoding: decoded.encoding };
  return { ok: true, format, encoding: decoded.encoding, text: decoded.text, rows: read.rows };
}

/**
 * What a new event gets that the file does not say: a CSV names everything itself but, at times,
 * the zone (then the host country's, else the site's); a calendar gets the importer's choices.
 */
export function createDefaults(format: ImportFormat, options: ImportOptions, siteZone: string): CreateDefaults {
  return format === "ics" ? { kind: options.kind, sector: options.sector, host: options.host, timeZone: calendarZone(options, siteZone) } : { timeZone: siteZone };
}
