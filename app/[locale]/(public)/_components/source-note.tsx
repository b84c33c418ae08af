import { getTranslations } from "next-intl/server";
import type { PublicEvent } from "@/db/queries/public-events";
import type { AppLocale } from "@/i18n/routing";
import { localizedField } from "@/i18n/localized";

/** An event's note on the source (where the briefing disagrees with itself or the calendar), as a labelled paragraph. */
export async function SourceNote({ event, locale }: { event: Pick<PublicEvent, "sourceNoteJa" | "sourceNoteEn">; locale: AppLocale }) {
  const note = localizedField(event, "sourceNote", locale);
  if (!note.text.trim()) return null;
  const t = await getTranslations("event");
  return (
    <p className="notice prewrap">
      <strong>{t("sourceNoteLabel")}</strong>
      {locale === "en" ? " " : ""}
      <span lang={note.lang === locale ? undefined : note.lang}>{note.text}</span>
    </p>
  );
}
