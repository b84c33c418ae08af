import { calendarDateAsUtc } from "./calendar-date";
import type { EventDate } from "./date-precision";
import type { EventTime } from "./event-time";
import { instantToLocal, utcOffsetLabel } from "./wall-clock";

export type Locale = "ja" | "en";

// Fixed tables rather than Intl output, so labels are identical on every runtime and ICU build.
const WEEKDAYS: Record<Locale, string[]> = {
  ja: ["日", "月", "火", "水", "木", "金", "土"],
  en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
};
const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const EN_MONTHS_LONG = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

const WEEKDAYS_LONG: Record<Locale, string[]> = {
  ja: ["日曜日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

/** A weekday's name (0 = Sunday), short ("Mon", "月") or long ("Monday", "月曜日"), as calendar headers show it. */
export function weekdayName(weekday: number, locale: Locale, form: "short" | "long"): string {
  return (form === "short" ? WEEKDAYS : WEEKDAYS_LONG)[locale][weekday];
}

/** "1月" / "Jan" for a "YYYY-MM" key, as an axis of months labels them. */
export function formatMonthShort(month: string, locale: Locale): string {
  const m = Number(month.slice(5, 7));
  return locale === "ja" ? `${m}月` : EN_MONTHS[m - 1];
}

type Parts = { y: number; m: number; d: number; wd: number };

function parts(date: string): Parts {
  const u = calendarDateAsUtc(date);
  return { y: u.getUTCFullYear(), m: u.getUTCMonth() + 1, d: u.getUTCDate(), wd: u.getUTCDay() };
}

export function weekdayLabel(date: string, locale: Locale): string {
  return WEEKDAYS[locale][parts(date).wd];
}

/** "2023年2月10日(金)" / "Fri 10 Feb 2023". */
export function formatDate(date: string, locale: Locale): string {
  const p = parts(date);
  const wd = WEEKDAYS[locale][p.wd];
  return locale === "ja" ? `${p.y}年${p.m}月${p.d}日(${wd})` : `${wd} ${p.d} ${EN_MONTHS[p.m - 1]} ${p.y}`;
}

/** An inclusive date range, shortened where the year or month repeat. */
export function formatDateRange(start: string, end: string, locale: Locale): string {
  if (start === end) return formatDate(start, locale);
  const a = parts(start);
  const b = parts(end);
  const wa = WEEKDAYS[locale][a.wd];
  const wb = WEEKDAYS[locale][b.wd];
  if (locale === "ja") {
    const tail = a.y !== b.y ? `${b.y}年${b.m}月${b.d}日` : a.m !== b.m ? `${b.m}月${b.d}日` : `${b.d}日`;
    return `${a.y}年${a.m}月${a.d}日(${wa})～${tail}(${wb})`;
  }
  const head = a.y !== b.y ? `${wa} ${a.d} ${EN_MONTHS[a.m - 1]} ${a.y}` : a.m !== b.m ? `${wa} ${a.d} ${EN_MONTHS[a.m - 1]}` : `${wa} ${a.d}`;
  return `${head} – ${wb} ${b.d} ${EN_MONTHS[b.m - 1]} ${b.y}`;
}

/** "2023年11月" / "November 2023" for a "YYYY-MM" key. */
export function formatMonth(month: string, locale: Locale): string {
  const [y, m] = month.split("-").map(Number);
  return locale === "ja" ? `${y}年${m}月` : `${EN_MONTHS_LONG[m - 1]} ${y}`;
}

/** A timed range as the wall clock in `zone` shows it, with the UTC offset: "Sun 12 Nov 2023 14:00–18:00 (UTC+9)". */
export function formatTimedRange(startAt: Date, endAt: Date, zone: string, locale: Locale): string {
  const s = instantToLocal(startAt, zone);
  const e = instantToLocal(endAt, zone);
  const offset = utcOffsetLabel(startAt, zone);
  const endOffset = utcOffsetLabel(endAt, zone);
  const dash = locale === "ja" ? "～" : "–";
  const tz = offset === endOffset ? offset : `${offset} / ${endOffset}`;
  if (s.date === e.date) return `${formatDate(s.date, locale)} ${s.time}${dash}${e.time} (${tz})`;
  return `${formatDate(s.date, locale)} ${s.time} ${dash} ${formatDate(e.date, locale)} ${e.time} (${tz})`;
}

/**
 * The event's date or time as shown on its page. All-day events show their own dates whatever
 * `zone` is (a date is a date); timed events are shown in `zone` (default: the venue's).
 */
export function formatEventTime(time: EventTime, locale: Locale, zone = time.timeZone): string {
  if (time.allDay) return formatDateRange(time.startDate, time.endDate, locale);
  return formatTimedRange(time.startAt, time.endAt, zone, locale);
}

/** "2023年11月" / "November 2023", or a run of months: "2023年11月～12月" / "November – December 2023". */
export function formatMonthRange(startMonth: string, endMonth: string, locale: Locale): string {
  if (startMonth === endMonth) return formatMonth(startMonth, locale);
  const [ay, am] = startMonth.split("-").map(Number);
  const [by, bm] = endMonth.split("-").map(Number);
  if (locale === "ja") return ay === by ? `${ay}年${am}月～${bm}月` : `${ay}年${am}月～${by}年${bm}月`;
  return ay === by ? `${EN_MONTHS_LONG[am - 1]} – ${EN_MONTHS_LONG[bm - 1]} ${by}` : `${formatMonth(startMonth, locale)} – ${formatMonth(endMonth, locale)}`;
}

// What a date without its days, or a planned date, is followed by.
const QUALIFIERS: Record<Locale, { month: string; tentative: string; tentativeMonth: string }> = {
  ja: { month: "（日程未定）", tentative: "（予定）", tentativeMonth: "（予定・日程未定）" },
  en: { month: " (dates to be confirmed)", tentative: " (planned)", tentativeMonth: " (planned; dates to be confirmed)" },
};

/**
 * The event's date as every page shows it. A month-precision event shows its month(s) and never a
 * day ("December 2023 (dates to be confirmed)"); a planned one says so. Day precision is formatted
 * as formatEventTime does (timed events in `zone`, default the venue's).
 */
export function formatEventDate(date: EventDate, locale: Locale, zone = date.time.timeZone): string {
  const q = QUALIFIERS[locale];
  if (date.precision === "month" && date.time.allDay) {
    const months = formatMonthRange(date.time.startDate.slice(0, 7), date.time.endDate.slice(0, 7), locale);
    return `${months}${date.tentative ? q.tentativeMonth : q.month}`;
  }
  return `${formatEventTime(date.time, locale, zone)}${date.tentative ? q.tentative : ""}`;
}
