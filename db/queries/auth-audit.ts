import "server-only";
import type { EventSnapshot } from "@/lib/audit/event-snapshot";
import type { Db } from "../client";
import { auditLog } from "../schema";

export type AuthAuditAction =
  | "auth.sign_in"
  | "auth.sign_in_failed"
  | "auth.locked_out"
  | "auth.sign_out"
  | "user.create"
  | "user.disable"
  | "user.enable"
  | "user.role_change"
  | "user.password_reset"
  | "user.password_change";

/**
 * Appends a sign-in or user-administration entry to audit_log and echoes it to the console,
 * so that failures and lockouts show in the server log as well. Never logs passwords.
 */
export function recordAuthAudit(
  db: Db,
  entry: {
    action: AuthAuditAction;
    actorId: number | null;
    targetUserId: number | null;
    detail: string;
    before?: EventSnapshot | null;
    after?: EventSnapshot | null;
    at?: Date;
  },
): void {
  const at = entry.at ?? new Date();
  db.insert(auditLog)
    .values({
      at,
      userId: entry.actorId,
      action: entry.action,
      entityType: "user",
      entityId: entry.targetUserId,
      before: entry.before ?? null,
      after: entry.after ?? null,
      detail: entry.detail,
    })
    .run();
  const line = `[auth] ${at.toISOString()} ${entry.action} actor=${entry.actorId ?? "-"} user=${entry.targetUserId ?? "-"} ${entry.detail}`;
  if (entry.action === "auth.sign_in_failed" || entry.action === "auth.locked_out") console.warn(line);
  else console.info(line);
}
