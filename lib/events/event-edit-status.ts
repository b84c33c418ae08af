import type { Event } from "@/db/schema";
import type { EventPatch } from "./event-edit";

/**
 * Status changes staff can make, and when each is allowed:
 * - publish: draft → published (it appears on the public pages and in feeds);
 * - unpublish: published → draft (hidden again; subscribers are better told by cancelling);
 * - cancel: published → cancelled with a reason (stays public, marked CANCELLED in feeds);
 * - uncancel: cancelled → published;
 * - delete: soft; the row stays, and feeds keep its UID as CANCELLED so calendars drop it.
 * A deleted event takes no action but a restore from its history.
 */
export const STATUS_ACTIONS = ["publish", "unpublish", "cancel", "uncancel", "delete"] as const;
export type StatusAction = (typeof STATUS_ACTIONS)[number];

export function allowedStatusActions(event: Pick<Event, "status" | "deletedAt">): StatusAction[] {
  if (event.deletedAt) return [];
  const byStatus: Record<Event["status"], StatusAction[]> = {
    draft: ["publish", "delete"],
    published: ["unpublish", "cancel", "delete"],
    cancelled: ["uncancel", "delete"],
  };
  return byStatus[event.status];
}

/** Why an event is cancelled, shown publicly: Japanese and English (either may be empty, not both). */
export type CancelReason = { ja: string; en: string };

export type StatusChange = { ok: true; patch: EventPatch } | { ok: false; reason: "not_allowed" };

/** The patch for `action` on `event`, or why it cannot be done now. */
export function statusChange(event: Event, action: StatusAction, opts: { now: Date; cancelReason?: CancelReason }): StatusChange {
  if (!allowedStatusActions(event).includes(action)) return { ok: false, reason: "not_allowed" };
  switch (action) {
    case "publish":
      return { ok: true, patch: { status: "published" } };
    case "unpublish":
      return { ok: true, patch: { status: "draft" } };
    case "cancel":
      return { ok: true, patch: { status: "cancelled", cancelReason: opts.cancelReason?.ja ?? "", cancelReasonEn: opts.cancelReason?.en ?? "" } };
    case "uncancel":
      return { ok: true, patch: { status: "published", cancelReason: "", cancelReasonEn: "" } };
    case "delete":
      return { ok: true, patch: { deletedAt: opts.now } };
  }
}

/**
 * Whether the event may have been seen by the public: then its slug (its URL) must stay stable.
 * `everPublicInHistory` comes from the audit log; seeded events were published from the start.
 */
export function isSlugLocked(event: Pick<Event, "status" | "seedKey">, everPublicInHistory: boolean): boolean {
  return event.status !== "draft" || event.seedKey !== null || everPublicInHistory;
}
