import { addDays } from "./calendar-date";
import { instantToLocal, localToInstant } from "./zones";

/**
 * The time of an event: the heart of this app.
 * - all-day: whole days of the host's local calendar, inclusive dates (2023-10-27 … 2023-10-29);
 *   they mean the same dates for every viewer, wherever they are;
 * - timed: an instant range, plus the IANA zone of the venue in which it is shown first.
 * Both kinds may be single-day or multi-day.
 */
export type EventTime =
  | { allDay: true; startDate: string; endDate: string; timeZone: string }
  | { allDay: false; startAt: Date; endAt: Date; timeZone: string };

/** The columns of the events table that hold the time (see db/schema.ts). */
export type StoredEventTime = {
  allDay: boolean;
  startDate: string;
  endDate: string;
  startAt: Date | null;
  endAt: Date | null;
  timeZone: string;
};

export function eventTimeFromRow(row: StoredEventTime): EventTime {
  if (row.allDay) {
    return { allDay: true, startDate: row.startDate, endDate: row.endDate, timeZone: row.timeZone };
  }
  if (!row.startAt || !row.endAt) throw new Error("Timed event without instants");
  return { allDay: false, startAt: row.startAt, endAt: row.endAt, timeZone: row.timeZone };
}

/** Columns to store for a time; timed events also keep their local dates, for ordering and month grouping. */
export function storedEventTime(time: EventTime): StoredEventTime {
  if (time.allDay) {
    return { ...time, startAt: null, endAt: null };
  }
  return {
    allDay: false,
    startDate: instantToLocal(time.startAt, time.timeZone).date,
    // An event ending exactly at midnight does not occupy the next day.
    endDate: instantToLocal(new Date(time.endAt.getTime() - 1), time.timeZone).date,
    startAt: time.startAt,
    endAt: time.endAt,
    timeZone: time.timeZone,
  };
}

/** The local dates (inclusive) the event occupies in its venue's calendar. */
export function eventDates(time: EventTime): { startDate: string; endDate: string } {
  const { startDate, endDate } = storedEventTime(time);
  return { startDate, endDate };
}

/** The exclusive end date of an all-day event, as iCalendar DTEND;VALUE=DATE wants it. */
export function exclusiveEndDate(endDate: string): string {
  return addDays(endDate, 1);
}

/**
 * The instants an event covers: for all-day events, from local midnight of the first day to
 * local midnight after the last day in the venue's zone.
 */
export function eventTimeRange(time: EventTime): { start: Date; end: Date } {
  if (!time.allDay) return { start: time.startAt, end: time.endAt };
  return {
    start: localToInstant(time.startDate, "00:00", time.timeZone)!,
    end: localToInstant(exclusiveEndDate(time.endDate), "00:00", time.timeZone)!,
  };
}

/** What a person types into a form: dates and wall-clock times in the venue's zone. */
export type LocalEventTime = {
  allDay: boolean;
  startDate: string;
  endDate: string;
  startTime: string;
  endTime: string;
  timeZone: string;
};

export type EventTimeError = { field: keyof LocalEventTime; message: string };

/** Turns form input into an EventTime, or names the field that is wrong. Inputs must be well-formed. */
export function eventTimeFromLocal(input: LocalEventTime): EventTime | EventTimeError {
  const { startDate, endDate, timeZone } = input;
  // An end day before the start day is the end date's fault, whatever the times say.
  if (endDate < startDate) return { field: "endDate", message: "end_before_start" };
  if (input.allDay) return { allDay: true, startDate, endDate, timeZone };
  const startAt = localToInstant(startDate, input.startTime, timeZone);
  if (!startAt) return { field: "startTime", message: "nonexistent_local_time" };
  const endAt = localToInstant(endDate, input.endTime, timeZone);
  if (!endAt) return { field: "endTime", message: "nonexistent_local_time" };
  if (endAt.getTime() <= startAt.getTime()) return { field: "endTime", message: "end_before_start" };
  return { allDay: false, startAt, endAt, timeZone };
}

/** The form values for an existing time, in the venue's zone. */
export function eventTimeToLocal(time: EventTime): LocalEventTime {
  if (time.allDay) {
    return { ...time, allDay: true, startTime: "", endTime: "" };
  }
  const start = instantToLocal(time.startAt, time.timeZone);
  const end = instantToLocal(time.endAt, time.timeZone);
  return {
    allDay: false,
    startDate: start.date,
    endDate: end.date,
    startTime: start.time,
    endTime: end.time,
    timeZone: time.timeZone,
  };
}
