import type { FeedEvent } from "@/lib/feeds/feed-event";

// No "server-only" and no drizzle here: feed worker threads (app/feeds/_lib/feed-worker.ts) read rows too.

/** A row of feedEventColumns (db/queries/feed-events.ts) as SQLite hands it over (raw mode): in their order, 0/1 for booleans. */
export type FeedEventRow = [
  uid: string,
  slug: string,
  titleJa: string,
  titleEn: string,
  descriptionJa: string,
  descriptionEn: string,
  sector: string,
  countryCode: string,
  cityJa: string,
  cityEn: string,
  venueJa: string,
  venueEn: string,
  isSpecial: number,
  status: FeedEvent["status"],
  cancelReason: string,
  allDay: number,
  startDate: string,
  endDate: string,
  startAt: number | null,
  endAt: number | null,
  timeZone: string,
  sequence: number,
  createdAt: number,
  updatedAt: number,
  deletedAt: number | null,
];

export function feedEventFromRow(r: FeedEventRow): FeedEvent {
  return {
    uid: r[0],
    slug: r[1],
    titleJa: r[2],
    titleEn: r[3],
    descriptionJa: r[4],
    descriptionEn: r[5],
    sector: r[6],
    countryCode: r[7],
    cityJa: r[8],
    cityEn: r[9],
    venueJa: r[10],
    venueEn: r[11],
    isSpecial: r[12] === 1,
    status: r[13],
    cancelReason: r[14],
    allDay: r[15] === 1,
    startDate: r[16],
    endDate: r[17],
    startAt: r[18],
    endAt: r[19],
    timeZone: r[20],
    sequence: r[21],
    createdAt: r[22],
    updatedAt: r[23],
    deletedAt: r[24],
  };
}
