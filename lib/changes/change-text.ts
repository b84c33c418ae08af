import { createTranslator } from "use-intl/core";
import en from "@/i18n/messages/en/changes.json";
import ja from "@/i18n/messages/ja/changes.json";
import { localized, type LocalizedText } from "@/i18n/localized";
import { knownPlaceParts } from "@/lib/events/hosts";
import { eventDateFromRow, type EventDate } from "@/lib/time/date-precision";
import { formatEventDate, type Locale } from "@/lib/time/format";
import { instantToLocal, utcOffsetLabel } from "@/lib/time/zones";
import { formatChangeDay } from "./change-time";
import type { ChangeDate, ChangeItem, ChangePlace, ChangeTitle, PublicChange, PublicNote } from "./public-change";

const translators = {
  ja: createTranslator({ locale: "ja", messages: { changes: ja }, namespace: "changes" }),
  en: createTranslator({ locale: "en", messages: { changes: en }, namespace: "changes" }),
};

/**
 * The words of the changelog, from the same message files as its page (namespace "changes"),
 * for the texts built outside React: entries on every page, the Atom feed, the iCal line.
 */
export function changeText(locale: Locale) {
  return translators[locale];
}

/** One thing that changed: a label alone ("cancelled"), or a label with before → after. */
export type ChangeFact = { label: string; before?: LocalizedText; after?: LocalizedText };

function toEventDate(d: ChangeDate): EventDate {
  const startAt = d.startAt ? new Date(d.startAt) : null;
  const endAt = d.endAt ? new Date(d.endAt) : null;
  // A timed snapshot without its instants (never written by the app) reads as its dates.
  const allDay = d.allDay || !startAt || !endAt;
  return eventDateFromRow({ ...d, allDay, startAt, endAt });
}

/**
 * A move within the same day or days of the same zone reads as times only, as a reader would say
 * it ("time 14:00–16:00 → 15:00–17:00 (UTC+9)"); any other change of date shows both dates in full.
 */
function dateFact(beforeStored: ChangeDate, afterStored: ChangeDate, locale: Locale): ChangeFact {
  const t = changeText(locale);
  const [before, after] = [toEventDate(beforeStored), toEventDate(afterStored)];
  const [a, b] = [before.time, after.time];
  if (!a.allDay && !b.allDay && before.precision === "day" && after.precision === "day" && before.tentative === after.tentative && a.timeZone === b.timeZone) {
    // Each wall clock read once: feeds say this for every changed event.
    const [as, ae, bs, be] = [a.startAt, a.endAt, b.startAt, b.endAt].map((at) => instantToLocal(at, a.timeZone));
    const offset = utcOffsetLabel(b.startAt, b.timeZone);
    if (as.date === bs.date && ae.date === be.date && utcOffsetLabel(a.startAt, a.timeZone) === offset) {
      const dash = locale === "ja" ? "～" : "–";
      return {
        label: t("items.time"),
        before: { text: `${as.time}${dash}${ae.time}`, lang: locale },
        after: { text: `${bs.time}${dash}${be.time} (${offset})`, lang: locale },
      };
    }
  }
  return { label: t("items.date"), before: { text: formatEventDate(before, locale), lang: locale }, after: { text: formatEventDate(after, locale), lang: locale } };
}

/** Both sides in the reader's language, or in the other one when only that language's text changed. */
function textFact(label: string, before: { ja: string; en: string }, after: { ja: string; en: string }, locale: Locale): ChangeFact {
  const other: Locale = locale === "ja" ? "en" : "ja";
  const own = { before: localized(before.ja, before.en, locale), after: localized(after.ja, after.en, locale) };
  if (own.before.text !== own.after.text) return { label, ...own };
  return { label, before: localized(before.ja, before.en, other), after: localized(after.ja, after.en, other) };
}

function placeText(place: ChangePlace, locale: Locale): string {
  return knownPlaceParts(place, locale).join(", ") || changeText(locale)("items.noPlace");
}

function placeFact(before: ChangePlace, after: ChangePlace, locale: Locale): ChangeFact {
  const label = changeText(locale)("items.place");
  return textFact(label, { ja: placeText(before, "ja"), en: placeText(before, "en") }, { ja: placeText(after, "ja"), en: placeText(after, "en") }, locale);
}

function titleFact(before: ChangeTitle, after: ChangeTitle, locale: Locale): ChangeFact {
  return textFact(changeText(locale)("items.title"), before, after, locale);
}

/** A cancellation's reason in `locale`, or in the other language when only that one was given (entries before the English reason have none). */
export function cancelReasonText(item: { reason: string; reasonEn?: string }, locale: Locale): string {
  const [ja, en] = [item.reason.trim(), (item.reasonEn ?? "").trim()];
  return locale === "en" ? en || ja : ja || en;
}

function itemFact(item: ChangeItem, locale: Locale): ChangeFact {
  const t = changeText(locale);
  switch (item.type) {
    case "published":
    case "restored":
    case "removed":
    case "uncancelled":
      return { label: t(`items.${item.type}`) };
    case "cancelled": {
      const reason = cancelReasonText(item, locale);
      return { label: reason ? t("items.cancelledReason", { reason }) : t("items.cancelled") };
    }
    case "date":
      return dateFact(item.before, item.after, locale);
    case "place":
      return placeFact(item.before, item.after, locale);
    case "title":
      return titleFact(item.before, item.after, locale);
    case "details":
      return { label: t("items.details", { topics: item.topics.map((topic) => t(`items.topics.${topic}`)).join(t("items.topicSeparator")) }) };
  }
}

/** What changed, one fact per item, in `locale`. */
export function changeFacts(change: PublicChange, locale: Locale): ChangeFact[] {
  return change.items.map((item) => itemFact(item, locale));
}

/** One fact as plain text: "time 14:00–16:00 → 15:00–17:00 (UTC+9)". */
export function factText(fact: ChangeFact, locale: Locale): string {
  if (!fact.before || !fact.after) return fact.label;
  return changeText(locale)("items.change", { label: fact.label, before: fact.before.text, after: fact.after.text });
}

/** Every fact of a change as one line of plain text. */
export function changeSummary(change: PublicChange, locale: Locale): string {
  return changeFacts(change, locale)
    .map((fact) => factText(fact, locale))
    .join(changeText(locale)("items.separator"));
}

/** The event's title as the public knew it then, in `locale` (or the other language when empty); words for a removed text. */
export function changeTitle(change: PublicChange, locale: Locale): LocalizedText {
  const title = localized(change.title.ja, change.title.en, locale);
  return title.text.trim() ? title : { text: changeText(locale)("redactedTitle"), lang: locale };
}

/** The staff's note in `locale` (or the other language), or null when there is none. */
export function noteText(note: PublicNote, locale: Locale): LocalizedText | null {
  const text = localized(note.ja.trim(), note.en.trim(), locale);
  return text.text ? text : null;
}

/** "Changed Fri 20 Oct 2023: time 14:00 → 15:00 (UTC+9)": an event page's line for one change. */
export function changeLine(change: PublicChange, at: Date, locale: Locale): string {
  return changeText(locale)("line", { date: formatChangeDay(at, locale), changes: changeSummary(change, locale) });
}
