/**
 * Synthetic events for benchmarks: realistic variety (kinds, sectors, host countries and their
 * zones, all-day and timed, one or several days, some special, some cancelled, bilingual text of
 * real lengths), deterministic for a given count so runs compare. Never used outside benchmarks
 * and tests of large feeds: every UID ends in @bench.japan-asean-2023 and every slug starts with
 * "bench-".
 */
import { COUNTRIES } from "@/lib/events/countries";
import { EVENT_KINDS } from "@/lib/events/kinds";
import { SECTOR_LABELS, SECTORS } from "@/lib/events/sectors";
import { addDays } from "@/lib/time/calendar-date";
import { eventTimeFromLocal, storedEventTime, type LocalEventTime } from "@/lib/time/event-time";
import type { NewEvent } from "@/db/schema";

/** mulberry32: a tiny seeded PRNG, so the same size always gives the same rows. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FORMATS = [
  { ja: "大臣会合", en: "Ministers' Meeting" },
  { ja: "高級実務者会合", en: "Senior Officials' Meeting" },
  { ja: "作業部会", en: "Working Group" },
  { ja: "シンポジウム", en: "Symposium" },
  { ja: "ワークショップ", en: "Workshop" },
  { ja: "青年交流プログラム", en: "Youth Exchange Visit" },
];

const CITIES = [
  { ja: "首都", en: "Capital" },
  { ja: "第二の都市", en: "Second City" },
  { ja: "港湾都市", en: "Port City" },
];

const DESCRIPTION_JA = "日ASEAN友好協力50周年を記念し、各国の関係者が一堂に会して今後の協力の方向性について意見交換を行います。";
const DESCRIPTION_EN =
  "Marking 50 years of ASEAN-Japan friendship and cooperation, officials and partners from the member states meet to exchange views on the direction of future cooperation.";

export const pick = <T>(items: readonly T[], r: () => number): T => items[Math.floor(r() * items.length)];

/** The local time of synthetic event `i`: dates across 2023, a quarter all-day, timed ones in office hours. */
function localTime(r: () => number, timeZone: string): LocalEventTime {
  const startDate = addDays("2023-01-01", Math.floor(r() * 365));
  const days = r() < 0.7 ? 0 : 1 + Math.floor(r() * 3);
  const endDate = addDays(startDate, days);
  if (r() < 0.25) return { allDay: true, startDate, endDate, startTime: "", endTime: "", timeZone };
  const hour = 8 + Math.floor(r() * 9);
  const startTime = `${String(hour).padStart(2, "0")}:${r() < 0.5 ? "00" : "30"}`;
  const endTime = `${String(Math.min(hour + 1 + Math.floor(r() * 4), 23)).padStart(2, "0")}:00`;
  return { allDay: false, startDate, endDate, startTime, endTime, timeZone };
}

/** Rows for `count` published (5 % cancelled) synthetic events, ready to insert. */
export function syntheticEvents(count: number, now = new Date()): NewEvent[] {
  const r = random(count);
  const rows: NewEvent[] = [];
  for (let i = 1; i <= count; i++) {
    const country = pick(COUNTRIES, r);
    const sector = pick(SECTORS, r);
    const format = pick(FORMATS, r);
    const city = pick(CITIES, r);
    const time = eventTimeFromLocal(localTime(r, country.timeZone));
    if ("field" in time) throw new Error(`Synthetic event ${i}: ${time.field} ${time.message}`);
    const cancelled = r() < 0.05;
    rows.push({
      uid: `synthetic-${i}@bench.japan-asean-2023`,
      slug: `bench-${i}`,
      kind: pick(EVENT_KINDS, r),
      titleJa: `${SECTOR_LABELS[sector].ja}${format.ja}（${country.nameJa}）第${i}回`,
      titleEn: `ASEAN-Japan ${SECTOR_LABELS[sector].en} ${format.en} (${country.nameEn}) No. ${i}`,
      descriptionJa: r() < 0.6 ? DESCRIPTION_JA : "",
      descriptionEn: r() < 0.6 ? DESCRIPTION_EN : "",
      sector,
      countryCode: country.code,
      cityJa: `${country.nameJa}${city.ja}`,
      cityEn: `${country.nameEn} ${city.en}`,
      venueJa: r() < 0.5 ? "国際会議場" : "",
      venueEn: r() < 0.5 ? "International Convention Centre" : "",
      isSpecial: r() < 0.1,
      status: cancelled ? "cancelled" : "published",
      cancelReason: cancelled ? "Postponed" : "",
      ...storedEventTime(time),
      sequence: cancelled ? 1 : 0,
      createdAt: now,
      updatedAt: now,
    });
  }
  return rows;
}
