import { getTranslations } from "next-intl/server";
import type { AuditLogRow } from "@/db/queries/audit";
import { isEventAuditAction, isImportAuditAction } from "@/lib/audit/event-audit-actions";
import { snapshotVersion } from "@/lib/audit/event-snapshot";
import { formatStamp } from "../_lib/stamp";
import styles from "./editor.module.css";

/** "Edited — 2023-06-01 10:00 (UTC+9) — Alice — version 3": who did what, when. */
export async function AuditEntryHeading({ entry, level = 2 }: { entry: AuditLogRow; level?: 2 | 3 }) {
  const t = await getTranslations("editor.history");
  const Heading = level === 2 ? "h2" : "h3";
  const action = isEventAuditAction(entry.action) || isImportAuditAction(entry.action) || entry.action === "country.update" ? t(`actions.${entry.action}`) : entry.action;
  const version = snapshotVersion(entry.after);
  return (
    <>
      <Heading>
        {action}
        {version !== null && <span className={styles.meta}> — {t("versionLabel", { version })}</span>}
      </Heading>
      <p className={styles.meta}>
        <time dateTime={entry.at.toISOString()}>{formatStamp(entry.at)}</time> — {entry.userName || entry.userEmail || t("system")}
        {entry.detail && <> — <span className={styles.pre}>{entry.detail}</span></>}
      </p>
    </>
  );
}
