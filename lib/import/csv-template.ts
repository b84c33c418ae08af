import { stringify } from "csv-stringify/sync";
import { TEMPLATE_COLUMNS } from "./csv-columns";

/** The import template: the header row in one language, UTF-8 with a byte-order mark so that Excel-ja opens it as it is. */
export function csvTemplate(lang: "ja" | "en"): string {
  return stringify([TEMPLATE_COLUMNS.map((c) => c[lang])], { bom: true, record_delimiter: "windows" });
}
