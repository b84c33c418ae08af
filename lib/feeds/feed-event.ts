import { type ICalEventData, ICalEventStatus, ICalEventTransparency } from "ical-generator";
import type { Event } from "@/db/schema";
import { changeSummary, changeText } from "@/lib/changes/change-text";
import { formatChangeDay } from "@/lib/changes/change-time";
import type { PublicChange } from "@/lib/changes/public-change";
import { isRedacted } from "@/lib/events/event-redaction";
import { knownPlaceParts } from "@/lib/events/hosts";
import { sectorLabel } from "@/lib/events/sectors";
import { localized } from "@/i18n/localized";
import { exclusiveEndDate } from "@/lib/time/event-time";
import type { FeedLang, FeedText } from "./feed-text";
import { IcalDateTime } from "./ical-date-time";
import { eventText } from "./sanitize-text";
import type { ZoneOffsets } from "./zone-offsets";

/**
 * The columns of an event that a feed writes (a published or cancelled row, or a deleted one,
 * which goes out as CANCELLED). db/queries/feed-events.ts selects exactly these.
 */
export const FEED_EVENT_FIELDS = [
  "uid", "slug", "titleJa", "titleEn", "descriptionJa", "descriptionEn", "sector", "hostKind", "countryCode",
  "cityJa", "cityEn", "venueJa", "venueEn", "isSpecial", "sourceNoteJa", "sourceNoteEn", "status", "cancelReason", "cancelReasonEn",
  "datePrecision", "isTentative", "allDay", "startDate", "endDate", "startAt", "endAt", "timeZone", "sequence",
  "createdAt", "updatedAt", "deletedAt",
] as const satisfies readonly (keyof Event)[];

export type FeedEvent = Pick<Event, (typeof FEED_EVENT_FIELDS)[number]> & {
  /** The event's latest entry in the public changelog (lib/changes/), read with the rows. */
  lastChange?: { at: Date; change: PublicChange } | null;
};

/** "Last change (Fri 20 Oct 2023): time 14:00–16:00 → 15:00–17:00 (UTC+9)": one line of DESCRIPTION. */
function lastChangeLine(lastChange: FeedEvent["lastChange"], lang: FeedLang): string {
  if (!lastChange) return "";
  return changeText(lang)("lastChange", { date: formatChangeDay(lastChange.at, lang), changes: changeSummary(lastChange.change, lang) });
}

/**
 * Drafts and month-only events never go into a feed: the query does not select them, and
 * refusing them here too keeps that true for any caller. (iCalendar has no month precision, and
 * a day would be invented: a month-only event enters the feeds once staff set its days.)
 */
export function isFeedable(e: Pick<FeedEvent, "status" | "datePrecision">): boolean {
  return e.status !== "draft" && e.datePrecision === "day";
}

export type EventContext = {
  lang: FeedLang;
  text: FeedText;
  baseUrl: string;
  /** The zone when a VTIMEZONE for it is in the file, else null (the event's times go out in UTC). */
  zoneWithVtimezone: (zone: string) => ZoneOffsets | null;
};

export function eventPageUrl(baseUrl: string, lang: FeedLang, slug: string): string {
  return `${baseUrl}/${lang}/events/${encodeURIComponent(slug)}`;
}

function times(e: FeedEvent, ctx: EventContext): Pick<ICalEventData, "start" | "end" | "allDay" | "timezone"> {
  if (e.allDay || e.startAt === null || e.endAt === null) {
    return { allDay: true, start: IcalDateTime.date(e.startDate), end: IcalDateTime.date(exclusiveEndDate(e.endDate)) };
  }
  const zone = ctx.zoneWithVtimezone(e.timeZone);
  const [startMs, endMs] = [e.startAt.getTime(), e.endAt.getTime()];
  if (!zone) return { start: IcalDateTime.utc(startMs), end: IcalDateTime.utc(endMs) };
  return {
    start: IcalDateTime.inZone(startMs, zone),
    end: IcalDateTime.inZone(endMs, zone),
    timezone: zone.name,
  };
}

/**
 * One VEVENT's data. UID, SEQUENCE and every timestamp come from the row, never from the clock,
 * so unchanged data gives identical bytes. A deleted row (kept for the retention period) and a
 * cancelled one are STATUS:CANCELLED; SUMMARY is prefixed too, for clients that ignore STATUS.
 * A redacted one (lib/events/event-redaction.ts) keeps only its UID, dates and "Cancelled".
 * A planned one (予定) is STATUS:TENTATIVE and says so in DESCRIPTION, as does a host the briefing
 * does not state (LOCATION then holds only what is known). The source note is a paragraph of its own,
 * and so is the event's last public change ("Last change …"), taken from the changelog, not the clock.
 */
export function feedEventData(e: FeedEvent, ctx: EventContext): ICalEventData {
  const { lang, text } = ctx;
  const modified = IcalDateTime.utc(Math.max(e.updatedAt.getTime(), e.deletedAt?.getTime() ?? 0));
  const identity = { id: e.uid, sequence: e.sequence, stamp: modified, lastModified: modified, created: IcalDateTime.utc(e.createdAt.getTime()), ...times(e, ctx) };
  // A public schedule: subscribing must not mark the reader busy.
  const transparency = ICalEventTransparency.TRANSPARENT;
  if (isRedacted(e)) return { ...identity, summary: text("summaryRedacted"), status: ICalEventStatus.CANCELLED, transparency };
  const cancelled = e.status === "cancelled" || e.deletedAt !== null;
  const title = eventText(localized(e.titleJa, e.titleEn, lang).text);
  const url = eventPageUrl(ctx.baseUrl, lang, e.slug);
  const notes: string[] = [];
  if (e.deletedAt) notes.push(text("deletedNote"));
  else if (e.status === "cancelled") notes.push(text("cancelledNote"));
  const reason = localized(e.cancelReason, e.cancelReasonEn, ctx.lang).text;
  if (e.status === "cancelled" && reason.trim()) notes.push(text("cancelReason", { reason }));
  if (e.isTentative && !cancelled) notes.push(text("tentativeNote"));
  if (e.hostKind === "unstated") notes.push(text("hostNotStated"));
  const description = localized(e.descriptionJa, e.descriptionEn, lang).text;
  const sourceNote = localized(e.sourceNoteJa, e.sourceNoteEn, lang).text.trim();
  const body = [notes.join("\n"), description, sourceNote && text("sourceNote", { note: sourceNote }), lastChangeLine(e.lastChange, lang), text("details", { url })].filter((s) => s.trim() !== "");
  const place = knownPlaceParts(e, lang);
  const categories = [{ name: eventText(sectorLabel(e.sector, lang)) }];
  if (e.isSpecial) categories.push({ name: text("specialCategory") });
  return {
    ...identity,
    summary: cancelled ? text("summaryCancelled", { title }) : title,
    description: eventText(body.join("\n\n")),
    location: place.length > 0 ? eventText(place.join(", ")) : null,
    url,
    categories,
    status: cancelled ? ICalEventStatus.CANCELLED : e.isTentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    transparency,
  };
}
