/** The audit_log actions recorded for events (entity_type "event"). */
export const EVENT_AUDIT_ACTIONS = [
  "event.create",
  "event.duplicate",
  "event.update",
  "event.publish",
  "event.unpublish",
  "event.cancel",
  "event.uncancel",
  "event.delete",
  "event.reorder",
  "event.restore",
  "event.redact",
] as const;

export type EventAuditAction = (typeof EVENT_AUDIT_ACTIONS)[number];

export function isEventAuditAction(value: string): value is EventAuditAction {
  return (EVENT_AUDIT_ACTIONS as readonly string[]).includes(value);
}
