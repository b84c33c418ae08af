import { exclusiveEndDate } from "@/lib/time/event-time";
import type { CalendarLinkInput } from "./google-calendar-link";

/** Outlook on the web: personal accounts (Outlook.com) and work or school accounts (Microsoft 365). */
export const OUTLOOK_WEB = {
  "outlook.com": "https://outlook.live.com",
  microsoft365: "https://outlook.office.com",
} as const;

export type OutlookService = keyof typeof OUTLOOK_WEB;

const isoInstant = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * An Outlook "new event" link prefilled with the event. All-day events give their local dates with
 * the exclusive end date, as in iCalendar; timed events give UTC instants.
 */
export function outlookCalendarLink(input: CalendarLinkInput, service: OutlookService): string {
  const { time } = input;
  const params = new URLSearchParams({ path: "/calendar/action/compose", rru: "addevent", subject: input.title });
  if (time.allDay) {
    params.set("startdt", time.startDate);
    params.set("enddt", exclusiveEndDate(time.endDate));
    params.set("allday", "true");
  } else {
    params.set("startdt", isoInstant(time.startAt));
    params.set("enddt", isoInstant(time.endAt));
  }
  params.set("body", input.details);
  params.set("location", input.location);
  return `${OUTLOOK_WEB[service]}/calendar/0/deeplink/compose?${params.toString()}`;
}
