import { getTranslations } from "next-intl/server";
import type { ChangeEntry as Entry } from "@/db/queries/public-changes";
import type { AppLocale } from "@/i18n/routing";
import { changeFacts, changeTitle, noteText } from "@/lib/changes/change-text";
import { formatChangeClock } from "@/lib/changes/change-time";
import { LocaleLink } from "../../../_components/locale-link";
import styles from "../changes.module.css";

const langAttr = (lang: AppLocale, locale: AppLocale) => (lang === locale ? undefined : lang);

/** One entry of the changelog: the event (linked while it is public), each change as before → after, the secretariat's note, and the time. */
export async function ChangeEntry({ entry, locale }: { entry: Entry; locale: AppLocale }) {
  const t = await getTranslations("changes");
  const title = changeTitle(entry.change, locale);
  const note = noteText(entry.note, locale);
  return (
    <li className={styles.entry} id={`change-${entry.id}`}>
      <h3 className={styles.event}>
        {entry.publicSlug ? (
          <LocaleLink href={`/events/${entry.publicSlug}`} lang={langAttr(title.lang, locale)}>
            {title.text}
          </LocaleLink>
        ) : (
          <>
            <span lang={langAttr(title.lang, locale)}>{title.text}</span> <span className="hint">({t("eventGone")})</span>
          </>
        )}
      </h3>
      <ul className={styles.facts}>
        {changeFacts(entry.change, locale).map((fact, i) => (
          <li key={i}>
            {fact.before && fact.after ? (
              <>
                <span className={styles.label}>{fact.label}</span> <del lang={langAttr(fact.before.lang, locale)}>{fact.before.text}</del> →{" "}
                <ins lang={langAttr(fact.after.lang, locale)}>{fact.after.text}</ins>
              </>
            ) : (
              <span className={styles.label}>{fact.label}</span>
            )}
          </li>
        ))}
      </ul>
      {note && (
        <p className={styles.note}>
          <span className={styles.label}>{t("noteLabel")}</span> <span lang={langAttr(note.lang, locale)} className="prewrap">{note.text}</span>
        </p>
      )}
      <p className="hint">
        <time dateTime={entry.at.toISOString()}>{t("changedAt", { time: formatChangeClock(entry.at) })}</time>
      </p>
    </li>
  );
}
