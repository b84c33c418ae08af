import { createTranslator } from "use-intl/core";
import en from "@/i18n/messages/en/feeds.json";
import ja from "@/i18n/messages/ja/feeds.json";
import { errorTranslator } from "@/i18n/error-messages";
import type { ErrorValues } from "@/lib/errors";

/** Language of a feed's text (?lang=ja|en). Japanese is the default: the schedule's own language. */
export type FeedLang = "ja" | "en";
export const FEED_LANGS: readonly FeedLang[] = ["ja", "en"];
export const DEFAULT_FEED_LANG: FeedLang = "ja";

const translators = {
  ja: createTranslator({ locale: "ja", messages: { feeds: ja }, namespace: "feeds.ical" }),
  en: createTranslator({ locale: "en", messages: { feeds: en }, namespace: "feeds.ical" }),
};

/**
 * The words written into feeds, from the same message files as the /feeds page (namespace
 * "feeds", key "ical"), formatted by use-intl as the pages' texts are, so the page and the
 * calendars name every feed the same way.
 */
export type FeedText = (typeof translators)["en"];

export function feedText(lang: FeedLang): FeedText {
  return translators[lang];
}

/** A plain-text error for feed URLs, which have no language of their own: Japanese, then English. */
export function feedErrorText(key: keyof typeof en.errors, values: ErrorValues = {}): string {
  const code = `feeds.errors.${key}` as const;
  return `${errorTranslator("ja")(code, values)}\n${errorTranslator("en")(code, values)}\n`;
}
