import type { CountryCode } from "@/lib/events/countries";
import type { OtherHostKind } from "@/lib/events/hosts";
import type { EventKind } from "@/lib/events/kinds";
import type { Sector } from "@/lib/events/sectors";

/**
 * Time of a seeded event, as precise as the briefing is and no more, in the venue's local calendar:
 * - all-day: inclusive local dates (a one-day event has startDate === endDate);
 * - timed: local wall-clock "YYYY-MM-DDTHH:mm" in `timeZone` (converted to instants on seeding);
 * - month: "YYYY-MM" when the briefing gives only the month (no day is stored for display).
 */
export type SeedTime =
  | { allDay: true; startDate: string; endDate: string }
  | { allDay: false; start: string; end: string }
  | { month: string };

export type SeedEvent = {
  /** Stable identity of the seeded row. Never change it: the event's UID is derived from it. */
  key: string;
  /** URL slug (lowercase, digits, hyphens), unique. */
  slug: string;
  kind: EventKind;
  sector: Sector;
  /** The host country, or what the briefing says instead (online, not stated…). */
  host: CountryCode | OtherHostKind;
  /** What a host the briefing does not state outright rests on. */
  hostNoteJa?: string;
  hostNoteEn?: string;
  /** IANA zone of the venue; defaults to the host country's capital zone (UTC for no country). */
  timeZone?: string;
  cityJa?: string;
  cityEn?: string;
  venueJa?: string;
  venueEn?: string;
  titleJa: string;
  titleEn: string;
  descriptionJa?: string;
  descriptionEn?: string;
  /** ★ in the source table: a special meeting for the 50th anniversary. */
  isSpecial: boolean;
  recurrenceJa?: string;
  recurrenceEn?: string;
  sourceUrl?: string;
  /** The title of the briefing's slide the event comes from, as written, and in our English. */
  sourceTitleJa: string;
  sourceTitleEn: string;
  /** Where the briefing disagrees with itself or with the calendar. */
  sourceNoteJa?: string;
  sourceNoteEn?: string;
  /** 予定: planned, to be confirmed. */
  isTentative?: boolean;
  time: SeedTime;
  /** Key of the parent (for itinerary items nested under a phase). */
  parentKey?: string;
  /** Key of the program this itinerary entry belongs to. */
  programKey?: string;
  /** Order among siblings (itinerary). */
  sortOrder?: number;
};

export type SeedProgram = {
  key: string;
  slug: string;
  nameJa: string;
  nameEn: string;
  descriptionJa: string;
  descriptionEn: string;
  participantsJapan: number;
  participantsAsean: number;
  nationalLeaders: number;
  participantsNoteJa?: string;
  participantsNoteEn?: string;
  /** The overall theme under which the discussion themes sit. */
  themeJa?: string;
  themeEn?: string;
  themes: { ja: string; en: string }[];
  sourceUrl?: string;
};

/**
 * The briefing's facts about a country (slide 「（参考）ＡＳＥＡＮ各国と日本の比較」), as written
 * (Japanese, digits normalised) and in our English. A figure it does not give is left out.
 */
export type SeedCountryFacts = {
  code: CountryCode;
  populationJa?: string;
  populationEn?: string;
  areaJa?: string;
  areaEn?: string;
  comparisonJa?: string;
  comparisonEn?: string;
  gdpJa?: string;
  gdpEn?: string;
  gdpPerHeadJa?: string;
  gdpPerHeadEn?: string;
  leaderJa?: string;
  leaderEn?: string;
  noteJa?: string;
  noteEn?: string;
  sourceJa: string;
  sourceEn: string;
};
