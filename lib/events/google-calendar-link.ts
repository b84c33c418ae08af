import { exclusiveEndDate, type EventTime } from "@/lib/time/event-time";

function compactDate(date: string): string {
  return date.replaceAll("-", "");
}

function compactInstant(d: Date): string {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** What an "add this event to your calendar" link carries. */
export type CalendarLinkInput = { title: string; details: string; location: string; time: EventTime };

/**
 * A Google Calendar "create event" link prefilled with the event. All-day events use date-only
 * values with the exclusive end date; timed events use UTC instants plus the venue zone (ctz).
 */
export function googleCalendarLink(input: CalendarLinkInput): string {
  const { time } = input;
  const dates = time.allDay
    ? `${compactDate(time.startDate)}/${compactDate(exclusiveEndDate(time.endDate))}`
    : `${compactInstant(time.startAt)}/${compactInstant(time.endAt)}`;
  const params = new URLSearchParams({ action: "TEMPLATE", text: input.title, dates, details: input.details, location: input.location });
  if (!time.allDay) params.set("ctz", time.timeZone);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
