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
  "event.import",
  "event.import_undo",
] as const;

export type EventAuditAction = (typeof EVENT_AUDIT_ACTIONS)[number];

/** The audit_log actions of an import batch as a whole (entity_type "import", entity_id its batch). */
export const IMPORT_AUDIT_ACTIONS = ["import.apply", "import.undo"] as const;
export type ImportAuditAction = (typeof IMPORT_AUDIT_ACTIONS)[number];

export function isImportAuditAction(value: string): value is ImportAuditAction {
  return (IMPORT_AUDIT_ACTIONS as readonly string[]).includes(value);
}

export function isEventAuditAction(value: string): value is EventAuditAction {
  return (EVENT_AUDIT_ACTIONS as readonly string[]).includes(value);
}
