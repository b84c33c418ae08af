import { getTranslations } from "next-intl/server";
import type { ChangeEntry } from "@/db/queries/public-changes";
import type { AppLocale } from "@/i18n/routing";
import { changeLine, noteText } from "@/lib/changes/change-text";
import { LocaleLink } from "../../../../_components/locale-link";

/** The event's public history, newest first ("Changed Fri 20 Oct 2023: time 14:00 → 15:00 (UTC+9)"); nothing when it has none. */
export async function EventChanges({ entries, locale }: { entries: ChangeEntry[]; locale: AppLocale }) {
  if (entries.length === 0) return null;
  const t = await getTranslations("changes");
  return (
    <section aria-labelledby="changes">
      <h2 id="changes">{t("history")}</h2>
      <ul>
        {entries.map((entry) => {
          const note = noteText(entry.note, locale);
          return (
            <li key={entry.id}>
              {changeLine(entry.change, entry.at, locale)}
              {note && (
                <>
                  {" "}
                  — {t("noteLabel")} <span lang={note.lang === locale ? undefined : note.lang}>{note.text}</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <p>
        <LocaleLink href="/changes">{t("historyMore")}</LocaleLink>
      </p>
    </section>
  );
}
