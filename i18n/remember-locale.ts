/** next-intl's locale cookie (i18n/routing.ts keeps its default): proxy.ts sends "/" to the language it names. */
const LOCALE_COOKIE = "NEXT_LOCALE";

/** Remembers a reader's switch to `locale`, as next-intl's own switch remembers it. In the browser only. */
export function rememberLocale(locale: string): void {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; samesite=lax`;
}
