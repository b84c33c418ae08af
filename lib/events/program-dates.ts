/**
 * The dates the site's programs cover, for a question before saving an event outside them (a
 * typo such as 2032 for 2023): the Year of Friendship, widened to the dates of the events already
 * on the schedule. Dates are the stored "YYYY-MM-DD" strings, compared as text.
 */
export type DateRange = { first: string; last: string };

const FRIENDSHIP_YEAR: DateRange = { first: "2023-01-01", last: "2023-12-31" };

/** The range covered, given the earliest start and latest end of the other events (null without any). */
export function programDateRange(scheduled: { first: string | null; last: string | null }): DateRange {
  return {
    first: scheduled.first && scheduled.first < FRIENDSHIP_YEAR.first ? scheduled.first : FRIENDSHIP_YEAR.first,
    last: scheduled.last && scheduled.last > FRIENDSHIP_YEAR.last ? scheduled.last : FRIENDSHIP_YEAR.last,
  };
}

export function datesOutside(dates: { startDate: string; endDate: string }, range: DateRange): boolean {
  return dates.startDate < range.first || dates.endDate > range.last;
}

/** What a confirmation answers: the dates it was given for (changing them asks again). */
export function datesKey(dates: { startDate: string; endDate: string }): string {
  return `${dates.startDate}/${dates.endDate}`;
}
