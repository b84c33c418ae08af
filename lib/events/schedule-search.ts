import { COUNTRIES, type CountryCode } from "./countries";
import { EVENT_KINDS, type EventKind } from "./kinds";
import { SECTOR_LABELS, SECTORS, type Sector } from "./sectors";

/**
 * The public schedule's search: what a reader types, folded so that the way it was typed does not
 * matter, and the sectors, types and host countries whose names contain it. Stored titles and
 * places are folded the same way by the database (drizzle/0005_search_texts.sql, SEARCH_FOLDS).
 */

/** Typographic quotes and dashes, as phones and word processors type them, and their ASCII forms. */
const TYPOGRAPHIC = [
  { from: ["\u2018", "\u2019", "\u201A", "\u201B"], to: "'" },
  { from: ["\u201C", "\u201D", "\u201E", "\u201F"], to: '"' },
  { from: ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"], to: "-" },
] as const;

/**
 * Every replacement the database's fold makes, in order (before lowercasing ASCII): full-width
 * ASCII and the ideographic space, as a Japanese input method types them, then the typographic
 * quotes and dashes. NFKC maps the first group the same way, so both sides agree.
 */
export const SEARCH_FOLDS: readonly { from: string; to: string }[] = [
  ...Array.from({ length: 0x5e }, (_, i) => ({ from: String.fromCharCode(0xff01 + i), to: String.fromCharCode(0x21 + i) })),
  { from: "\u3000", to: " " },
  ...TYPOGRAPHIC.flatMap(({ from, to }) => from.map((f) => ({ from: f, to }))),
];

const TYPOGRAPHIC_PATTERN = new RegExp(`[${TYPOGRAPHIC.flatMap(({ from }) => from).join("")}]`, "g");
const TYPOGRAPHIC_TO = new Map<string, string>(TYPOGRAPHIC.flatMap(({ from, to }) => from.map((f) => [f, to])));
// Control characters, including the separators the database puts between stored fields.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

/** NFKC, typographic quotes and dashes folded to ASCII, lower case, control characters removed. */
export function foldSearchText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(TYPOGRAPHIC_PATTERN, (c) => TYPOGRAPHIC_TO.get(c)!)
    .replace(CONTROL, " ")
    .toLowerCase();
}

const MAX_TERMS = 8;

/** The words of a search, folded: an event matches when it matches every word. */
export function searchTerms(query: string): string[] {
  const words = foldSearchText(query).split(/\s+/).filter((w) => w !== "");
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** Other names readers use for a host country ("Vietnam" for Viet Nam). */
const COUNTRY_ALIASES: Partial<Record<CountryCode, string[]>> = {
  VN: ["Vietnam", "ヴェトナム"],
  LA: ["Laos", "ラオス人民民主共和国"],
  MM: ["Burma", "ビルマ"],
  BN: ["ブルネイ・ダルサラーム"],
  KR: ["South Korea", "大韓民国"],
};

/**
 * The names a type is searched by. Not its label: the meeting type's label ("Summit and
 * ministerial meetings") also names summits, and would bring every meeting back for "summit".
 */
const KIND_SEARCH_NAMES: Record<EventKind, string[]> = {
  meeting: ["Ministerial meetings", "閣僚級会合"],
  event: ["Other events", "その他の行事"],
  program: ["Youth exchange program", "青年交流事業"],
};

function namedBy<K extends string>(keys: readonly K[], names: (key: K) => string[], term: string): K[] {
  return keys.filter((key) => names(key).some((name) => foldSearchText(name).includes(term)));
}

/** Sectors whose name, in either language, contains the folded `term`. */
export function sectorsNamedBy(term: string): Sector[] {
  return namedBy(SECTORS, (s) => [SECTOR_LABELS[s].ja, SECTOR_LABELS[s].en], term);
}

export function kindsNamedBy(term: string): EventKind[] {
  return namedBy(EVENT_KINDS, (k) => KIND_SEARCH_NAMES[k], term);
}

export function countriesNamedBy(term: string): CountryCode[] {
  return namedBy(
    COUNTRIES.map((c) => c.code),
    (code) => {
      const c = COUNTRIES.find((x) => x.code === code)!;
      return [c.nameJa, c.nameEn, ...(COUNTRY_ALIASES[code] ?? [])];
    },
    term,
  );
}
