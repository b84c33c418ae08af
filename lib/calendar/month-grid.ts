import { addDays, daysBetween, weekday } from "@/lib/time/calendar-date";
import { lastDayOfMonth } from "@/lib/time/date-precision";
import type { Locale } from "@/lib/time/format";

/**
 * The first day of the week, by the convention of each language's readers: Sunday on Japanese
 * calendars; Monday for the site's English, which is British English (ISO 8601, as en-GB).
 * A fixed table, like the weekday names in lib/time/format.ts, so no ICU build can change it.
 */
export const WEEK_START: Record<Locale, number> = { ja: 0, en: 1 };

/** The seven weekdays (0 = Sunday) in the order of a week that starts on `weekStart`. */
export function weekdayOrder(weekStart: number): number[] {
  return Array.from({ length: 7 }, (_, i) => (weekStart + i) % 7);
}

/** The dates shown for a month: whole weeks from the week holding its first day to the week holding its last. */
export function monthWeeks(month: string, weekStart: number): string[][] {
  const first = `${month}-01`;
  const last = lastDayOfMonth(month);
  const start = addDays(first, -((weekday(first) - weekStart + 7) % 7));
  const weeks: string[][] = [];
  for (let day = start; daysBetween(day, last) >= 0; day = addDays(day, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(day, i)));
  }
  return weeks;
}

/** Something with inclusive local dates to place on the grid. */
export type DatedItem = { startDate: string; endDate: string };

/**
 * One event on one day of the grid. A bar's `head` is drawn on the first of its days in that week
 * and the month, `span` days wide (and says whether the event began earlier or goes on later); its
 * other days hold an entry that is not the head, in the same lane, so that every day lists what
 * happens on it and bars line up across the days they cross.
 */
export type GridEntry<T> = { item: T; lane: number; head: boolean; span: number; fromEarlier: boolean; untilLater: boolean };

export type GridDay<T> = { date: string; inMonth: boolean; entries: GridEntry<T>[]; hidden: number };

/**
 * The month as weeks of days, each day with the events on it. Lanes are assigned per week, first
 * come first served in the given order (longer bars first among those starting the same day), so a
 * multi-day event keeps its lane across its days. At most `maxLanes` lanes are drawn; a day counts
 * the events it has beyond them in `hidden`. Days outside the month hold nothing.
 */
export function layoutMonth<T extends DatedItem>(month: string, weekStart: number, items: readonly T[], maxLanes: number): GridDay<T>[][] {
  const first = `${month}-01`;
  const last = lastDayOfMonth(month);
  return monthWeeks(month, weekStart).map((week) => {
    const from = week[0] < first ? first : week[0];
    const to = week[6] > last ? last : week[6];
    const days: GridDay<T>[] = week.map((date) => ({ date, inMonth: date >= first && date <= last, entries: [], hidden: 0 }));
    if (from > to) return days;
    const bars = items
      .filter((item) => item.startDate <= to && item.endDate >= from)
      .map((item, order) => {
        const start = item.startDate < from ? from : item.startDate;
        const end = item.endDate > to ? to : item.endDate;
        return { item, order, start, end, span: daysBetween(start, end) + 1 };
      })
      .sort((a, b) => a.start.localeCompare(b.start) || b.span - a.span || a.order - b.order);
    const lanesUsed: boolean[][] = days.map(() => []);
    for (const bar of bars) {
      const firstIndex = daysBetween(week[0], bar.start);
      const indexes = Array.from({ length: bar.span }, (_, i) => firstIndex + i);
      let lane = 0;
      while (indexes.some((i) => lanesUsed[i][lane])) lane++;
      for (const i of indexes) lanesUsed[i][lane] = true;
      for (const i of indexes) {
        if (lane >= maxLanes) {
          days[i].hidden++;
          continue;
        }
        days[i].entries.push({
          item: bar.item,
          lane,
          head: i === firstIndex,
          span: i === firstIndex ? bar.span : 0,
          fromEarlier: i === firstIndex && bar.item.startDate < bar.start,
          untilLater: i === firstIndex && bar.item.endDate > bar.end,
        });
      }
    }
    for (const day of days) day.entries.sort((a, b) => a.lane - b.lane);
    return days;
  });
}

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A month the calendar has a page for: "YYYY-MM" from 2000 to 2099. */
export function isCalendarMonth(value: string): boolean {
  const m = YEAR_MONTH.exec(value);
  return m !== null && Number(m[1]) >= 2000 && Number(m[1]) <= 2099;
}

/** The month `n` months after `month` ("YYYY-MM"; n may be negative). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}
