import { getTranslations } from "next-intl/server";
import type { AuditLogRow } from "@/db/queries/audit";
import { getEventTitle } from "@/db/queries/staff-events-list";
import { Link } from "@/i18n/navigation";
import { localized } from "@/i18n/localized";
import type { AppLocale } from "@/i18n/routing";
import { auditSentence, entryVersion } from "@/lib/audit/audit-sentence";
import { countryName } from "@/lib/events/countries";
import { formatStamp } from "../_lib/stamp";
import { AuditDiffTable } from "./audit-diff-table";
import { AuditPublicChange } from "./audit-public-change";
import styles from "./editor.module.css";

type Props = {
  entry: AuditLogRow;
  locale: AppLocale;
  /** An event's history: each entry is the version it wrote, with a link to restore it (unless it is `restoreHref`-less). */
  version?: { current: number; restoreHref: string | null };
};

const ROLE_VALUES = ["role", "before", "after"];

/**
 * One recorded change as people read it: who did what, as a sentence in the page's language
 * (lib/audit/audit-sentence.ts), when (in the staff time zone), what changed (before → after),
 * what it put in the public changelog, and in an event's history the version it wrote and the
 * link that restores it.
 */
export async function AuditEntry({ entry, locale, version }: Props) {
  const t = await getTranslations("audit.sentence");
  const editor = await getTranslations("editor");
  const roles = await getTranslations("staff.roles");
  const sentence = auditSentence({ ...entry, actor: entry.userName || entry.userEmail || null });
  const values: Record<string, string | number> = { ...sentence.values, actor: sentence.values.actor || t("system") };
  for (const key of ROLE_VALUES) if (values[key] === "admin" || values[key] === "editor") values[key] = roles(values[key] as "admin" | "editor");
  if (typeof values.country === "string") values.country = countryName(values.country, locale);
  for (const [key, iso] of Object.entries(sentence.instants)) values[key] = formatStamp(iso);
  for (const [key, id] of Object.entries(sentence.events)) {
    const other = getEventTitle(id);
    values[key] = other ? `“${localized(other.titleJa, other.titleEn, locale).text || editor("list.untitled")}”` : `#${id}`;
  }
  const text = t(sentence.key, values);
  const written = entryVersion(entry);
  const when = (
    <time dateTime={entry.at.toISOString()} className={styles.meta}>
      {formatStamp(entry.at)}
    </time>
  );
  const diff = entry.entityType === "event" || entry.entityType === "country";
  return (
    <>
      {version && written !== null ? (
        <>
          <h2>
            {editor("history.versionHeading", { version: written })}
            {written === version.current && <span className={styles.meta}> ({editor("history.current")})</span>}
          </h2>
          <p>
            {text} {when}
          </p>
        </>
      ) : (
        <>
          <h2 className={styles.sentence}>{text}</h2>
          <p>
            {when}
            {entry.entityType === "event" && entry.entityId !== null && (
              <>
                {" — "}
                {editor("history.event")}:{" "}
                <Link href={`/staff/events/${entry.entityId}/history`}>
                  {localized(entry.eventTitleJa ?? "", entry.eventTitleEn ?? "", locale).text || `#${entry.entityId}`}
                </Link>
              </>
            )}
          </p>
        </>
      )}
      {diff && <AuditDiffTable entityType={entry.entityType} before={entry.before} after={entry.after} locale={locale} />}
      {entry.entityType === "event" && <AuditPublicChange entry={entry} locale={locale} />}
      {version?.restoreHref && written !== null && (
        <p>
          <Link className="button secondary" href={version.restoreHref}>
            {editor("history.restore", { version: written })}
          </Link>
        </p>
      )}
    </>
  );
}
