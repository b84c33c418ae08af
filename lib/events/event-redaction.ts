import type { Event } from "@/db/schema";
import type { EventPatch } from "./event-edit";

/**
 * Redaction: an admin removes the public text of a deleted event (a wrong name, a security
 * reason). Feeds keep the event for the retention period, as for any deletion, but only its UID,
 * dates and "Cancelled" (lib/feeds/feed-event.ts). The staff history keeps the earlier versions.
 *
 * No column says so: validation never lets an event lose both titles (editor.errors.titleRequired),
 * so a deleted event without any title is a redacted one.
 */
export function isRedacted(event: Pick<Event, "deletedAt" | "titleJa" | "titleEn">): boolean {
  return event.deletedAt !== null && event.titleJa === "" && event.titleEn === "";
}

/** Only a deleted event can be redacted, once. */
export function canRedact(event: Pick<Event, "deletedAt" | "titleJa" | "titleEn">): boolean {
  return event.deletedAt !== null && !isRedacted(event);
}

/** A slug that says nothing about the event (slugs are made from titles); made unique by the caller. */
export function redactedSlugBase(event: Pick<Event, "id">): string {
  return `removed-${event.id}`;
}

/** Every public text emptied, and the slug replaced. Dates, host, kind, sector and source slide stay. */
export function redactionPatch(slug: string): EventPatch {
  return {
    slug,
    titleJa: "",
    titleEn: "",
    descriptionJa: "",
    descriptionEn: "",
    cityJa: "",
    cityEn: "",
    venueJa: "",
    venueEn: "",
    recurrenceJa: "",
    recurrenceEn: "",
    sourceUrl: null,
    cancelReason: "",
    cancelReasonEn: "",
    hostNoteJa: "",
    hostNoteEn: "",
    sourceNoteJa: "",
    sourceNoteEn: "",
  };
}
