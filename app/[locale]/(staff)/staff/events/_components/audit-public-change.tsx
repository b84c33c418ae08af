import { getTranslations } from "next-intl/server";
import type { AuditLogRow } from "@/db/queries/audit";
import type { AppLocale } from "@/i18n/routing";
import { changeSummary, noteText } from "@/lib/changes/change-text";

/** What an audit entry put in the public changelog (its summary and the public note), or that it put nothing there. */
export async function AuditPublicChange({ entry, locale }: { entry: Pick<AuditLogRow, "publicChange" | "publicNoteJa" | "publicNoteEn">; locale: AppLocale }) {
  const t = await getTranslations("changes");
  if (!entry.publicChange) return <p className="hint">{t("staff.notInChangelog")}</p>;
  const note = noteText({ ja: entry.publicNoteJa, en: entry.publicNoteEn }, locale);
  return (
    <p>
      {t("staff.inChangelog", { changes: changeSummary(entry.publicChange, locale) })}
      {note && (
        <>
          {" "}
          — {t("noteLabel")} <span lang={note.lang === locale ? undefined : note.lang}>{note.text}</span>
        </>
      )}
    </p>
  );
}
