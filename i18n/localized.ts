import type { Locale } from "@/lib/time/format";

export type LocalizedText = { text: string; lang: Locale };

/**
 * Picks the text for `locale`, falling back to the other language when it is empty (staff may
 * fill only one). `lang` tells which language the text really is, for the HTML lang attribute.
 */
export function localized(ja: string, en: string, locale: Locale): LocalizedText {
  const [own, other] = locale === "ja" ? [ja, en] : [en, ja];
  if (own.trim()) return { text: own, lang: locale };
  return { text: other, lang: locale === "ja" ? "en" : "ja" };
}

/** Shorthand for entities with `<field>Ja` / `<field>En` pairs. */
export function localizedField<F extends string>(
  entity: Record<`${F}Ja` | `${F}En`, string>,
  field: F,
  locale: Locale,
): LocalizedText {
  return localized(entity[`${field}Ja`], entity[`${field}En`], locale);
}
