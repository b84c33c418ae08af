import type { Event } from "@/db/schema";
import { CONTENT_FIELDS, type ContentField } from "./event-edit";

/**
 * Which of an event's fields the public sees, for telling staff what a change made public.
 * Every field a person can change (CONTENT_FIELDS) is either public — shown on the event page and
 * lists, written to the calendar feeds or the address (slug), or deciding order and visibility —
 * or private to staff. Nothing is public while the event is a draft or deleted.
 */
export const PRIVATE_EVENT_FIELDS = ["staffNote"] as const satisfies readonly ContentField[];

export const PUBLIC_EVENT_FIELDS: readonly ContentField[] = CONTENT_FIELDS.filter((f) => !(PRIVATE_EVENT_FIELDS as readonly string[]).includes(f));

export function isPublicEventField(field: string): boolean {
  return (PUBLIC_EVENT_FIELDS as readonly string[]).includes(field);
}

/** Whether the public sees the event at all: published or cancelled, and not deleted. */
export function isEventPublic(event: Pick<Event, "status" | "deletedAt">): boolean {
  return event.status !== "draft" && event.deletedAt === null;
}

export type ChangePublication = {
  /** Changed fields now shown to the public (empty while the event is not public). */
  madePublic: ContentField[];
  /** Changed fields the public does not see: staff-only ones, or all of them while the event is not public. */
  keptPrivate: ContentField[];
  eventIsPublic: boolean;
};

/** What a saved change made public, given the event as saved and the fields that changed. */
export function changePublication(saved: Pick<Event, "status" | "deletedAt">, changed: readonly ContentField[]): ChangePublication {
  const eventIsPublic = isEventPublic(saved);
  const madePublic = eventIsPublic ? changed.filter(isPublicEventField) : [];
  return { madePublic, keptPrivate: changed.filter((f) => !madePublic.includes(f)), eventIsPublic };
}
