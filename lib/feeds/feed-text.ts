import en from "@/i18n/messages/en/feeds.json";
import ja from "@/i18n/messages/ja/feeds.json";

/** Language of a feed's text (?lang=ja|en). Japanese is the default: the schedule's own language. */
export type FeedLang = "ja" | "en";
export const FEED_LANGS: readonly FeedLang[] = ["ja", "en"];
export const DEFAULT_FEED_LANG: FeedLang = "ja";

export type FeedText = typeof en.ical;

/**
 * The words written into feeds, from the same message files as the /feeds page (namespace
 * "feeds", key "ical"), so the page and the calendars name every feed the same way.
 */
export function feedText(lang: FeedLang): FeedText {
  return lang === "ja" ? ja.ical : en.ical;
}

/** Fills `{name}` placeholders (the simple subset of the ICU syntax used in these messages). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** A plain-text error for feed URLs, which have no language of their own: Japanese, then English. */
export function feedErrorText(key: keyof typeof en.errors, values: Record<string, string> = {}): string {
  return `${fill(ja.errors[key], values)}\n${fill(en.errors[key], values)}\n`;
}
