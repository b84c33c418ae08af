import { OUTLOOK_WEB, type OutlookService } from "@/lib/events/outlook-calendar-link";

/**
 * Links that hand a feed's URL to calendar apps. Each starts from the feed's https URL, which
 * ends in ".ics" before its query (some clients decide by the extension).
 */

/** webcal:// opens the system calendar app (Apple Calendar, Outlook desktop, Thunderbird…). */
export function webcalUrl(feedUrl: string): string {
  return feedUrl.replace(/^https?:\/\//i, "webcal://");
}

/** Google Calendar's "add by URL": it takes the webcal:// form in `cid`. */
export function googleCalendarSubscribeUrl(feedUrl: string): string {
  return `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcalUrl(feedUrl))}`;
}

/** Outlook on the web (Outlook.com or Microsoft 365): subscribe from the web, with the calendar's name prefilled. */
export function outlookSubscribeUrl(feedUrl: string, name: string, service: OutlookService): string {
  return `${OUTLOOK_WEB[service]}/calendar/0/addfromweb?url=${encodeURIComponent(feedUrl)}&name=${encodeURIComponent(name)}`;
}
