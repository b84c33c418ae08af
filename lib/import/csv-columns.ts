import type { EventFieldName } from "@/lib/validation/event-input";

/**
 * The columns of an event CSV, for import, for the template and for exports. Each has a header
 * in Japanese and in English: a file may use either (or the key itself), in any mix, matched
 * after NFKC normalisation, case-insensitively and ignoring spaces, so "名称（日本語）",
 * "名称(日本語)" and "Title (Japanese)" all name titleJa. Headers are fixed here, not taken from
 * the message files, so that templates and exports stay importable whatever the wording of the pages.
 */
export type CsvColumn = {
  key: CsvColumnKey;
  ja: string;
  en: string;
  /** How the cell is read (lib/import/cell-values.ts). */
  kind: "text" | "multiline" | "boolean" | "date" | "time" | "month" | "id" | "kind" | "sector" | "host" | "precision" | "zone" | "key";
};

/** Columns that name the event a row updates: the id, the UID, or the slug. */
export const MATCH_KEYS = ["id", "uid", "slug"] as const;
export type MatchKey = (typeof MATCH_KEYS)[number];

/** Columns an export writes that an import reads past: the status and the feed's bookkeeping. */
export const READ_ONLY_KEYS = ["status", "cancelReasonJa", "cancelReasonEn", "sequence", "url", "updatedAt"] as const;
export type ReadOnlyKey = (typeof READ_ONLY_KEYS)[number];

export type CsvColumnKey = MatchKey | Exclude<EventFieldName, "slug"> | ReadOnlyKey;

const column = (key: CsvColumnKey, ja: string, en: string, kind: CsvColumn["kind"] = "text"): CsvColumn => ({ key, ja, en, kind });

/** Every column, in the order templates and exports write them. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  column("id", "ID", "ID", "id"),
  column("uid", "UID", "UID", "key"),
  column("slug", "スラッグ", "Slug", "key"),
  column("kind", "種別", "Type", "kind"),
  column("titleJa", "名称（日本語）", "Title (Japanese)"),
  column("titleEn", "名称（英語）", "Title (English)"),
  column("descriptionJa", "説明（日本語）", "Description (Japanese)", "multiline"),
  column("descriptionEn", "説明（英語）", "Description (English)", "multiline"),
  column("sector", "分野", "Sector", "sector"),
  column("host", "開催地", "Host", "host"),
  column("hostNoteJa", "開催地の根拠（日本語）", "Host note (Japanese)", "multiline"),
  column("hostNoteEn", "開催地の根拠（英語）", "Host note (English)", "multiline"),
  column("cityJa", "都市（日本語）", "City (Japanese)"),
  column("cityEn", "都市（英語）", "City (English)"),
  column("venueJa", "会場（日本語）", "Venue (Japanese)"),
  column("venueEn", "会場（英語）", "Venue (English)"),
  column("datePrecision", "日付の精度", "Date precision", "precision"),
  column("isTentative", "予定（未確定）", "Planned (to be confirmed)", "boolean"),
  column("allDay", "終日", "All day", "boolean"),
  column("startDate", "開始日", "Start date", "date"),
  column("startTime", "開始時刻", "Start time", "time"),
  column("endDate", "終了日", "End date", "date"),
  column("endTime", "終了時刻", "End time", "time"),
  column("startMonth", "開始月", "Start month", "month"),
  column("endMonth", "終了月", "End month", "month"),
  column("timeZone", "タイムゾーン", "Time zone", "zone"),
  column("isSpecial", "50周年特別会合", "Special 50th-anniversary meeting", "boolean"),
  column("recurrenceJa", "開催頻度（日本語）", "Recurrence (Japanese)"),
  column("recurrenceEn", "開催頻度（英語）", "Recurrence (English)"),
  column("sourceUrl", "出典ページ", "Source web page"),
  column("sourceTitleJa", "出典の資料名（日本語）", "Source slide (Japanese)"),
  column("sourceTitleEn", "出典の資料名（英語）", "Source slide (English)"),
  column("sourceNoteJa", "資料に関する注記（日本語）", "Note on the source (Japanese)", "multiline"),
  column("sourceNoteEn", "資料に関する注記（英語）", "Note on the source (English)", "multiline"),
  column("parentId", "フェーズ（親）のID", "Phase (parent) ID", "id"),
  column("programId", "事業のID", "Program ID", "id"),
  column("staffNote", "内部メモ", "Private note", "multiline"),
  column("status", "状態", "Status"),
  column("cancelReasonJa", "中止の理由（日本語）", "Reason for cancelling (Japanese)", "multiline"),
  column("cancelReasonEn", "中止の理由（英語）", "Reason for cancelling (English)", "multiline"),
  column("sequence", "SEQUENCE", "SEQUENCE"),
  column("url", "ページ", "Page"),
  column("updatedAt", "更新日時", "Updated at"),
];

/** The columns of a template: what an import reads (no read-only columns, no UID). */
export const TEMPLATE_COLUMNS = CSV_COLUMNS.filter((c) => !isReadOnly(c.key) && c.key !== "uid");

/**
 * Columns every file must have: a title, the type, sector and host, and a first date (a day or a
 * month). The rest may be left out: a new event then gets its default, an updated one keeps its value.
 */
export const REQUIRED_COLUMN_GROUPS: readonly (readonly CsvColumnKey[])[] = [["titleJa", "titleEn"], ["kind"], ["sector"], ["host"], ["startDate", "startMonth"]];

export function isReadOnly(key: CsvColumnKey): key is ReadOnlyKey {
  return (READ_ONLY_KEYS as readonly string[]).includes(key);
}

export function isMatchKey(key: CsvColumnKey): key is MatchKey {
  return (MATCH_KEYS as readonly string[]).includes(key);
}

/** A header as compared: NFKC (full-width brackets and letters become ASCII), lower case, no spaces or underscores. */
function normalizeHeader(header: string): string {
  return header.normalize("NFKC").toLowerCase().replace(/[\s_\-]+/g, "");
}

const BY_HEADER = new Map<string, CsvColumn>();
for (const c of CSV_COLUMNS) for (const name of [c.key, c.ja, c.en]) BY_HEADER.set(normalizeHeader(name), c);

/** The column a header names, or undefined. */
export function columnForHeader(header: string): CsvColumn | undefined {
  return BY_HEADER.get(normalizeHeader(header));
}

export function columnByKey(key: CsvColumnKey): CsvColumn {
  return CSV_COLUMNS.find((c) => c.key === key)!;
}

/** A column's header in one language. */
export function columnHeader(key: CsvColumnKey, locale: "ja" | "en"): string {
  return columnByKey(key)[locale];
}
