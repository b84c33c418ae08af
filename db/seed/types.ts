import type { CountryCode } from "@/lib/events/countries";
import type { EventKind } from "@/lib/events/kinds";
import type { Sector } from "@/lib/events/sectors";

/**
 * Time of a seeded event, in the venue's local calendar/clock.
 * - all-day: inclusive local dates (a one-day event has startDate === endDate);
 * - timed: local wall-clock "YYYY-MM-DDTHH:mm" in `timeZone` (converted to instants on seeding).
 */
export type SeedTime =
  | { allDay: true; startDate: string; endDate: string }
  | { allDay: false; start: string; end: string };

export type SeedEvent = {
  /** Stable identity of the seeded row. Never change it: the event's UID is derived from it. */
  key: string;
  /** URL slug (lowercase, digits, hyphens), unique. */
  slug: string;
  kind: EventKind;
  sector: Sector;
  countryCode: CountryCode;
  /** IANA zone of the venue; defaults to the host country's capital zone. */
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
