/**
 * The address of an app page in `locale` ("/events/x" → "/ja/events/x", "/?q=1" → "/ja?q=1"), as
 * next-intl's getPathname makes it with localePrefix "always". Written out because importing
 * i18n/navigation from a server component ships next-intl's client Link to the browser.
 */
export function localePath(locale: string, href: string): string {
  return `/${locale}${/^\/(\?.*)?$/.test(href) ? href.slice(1) : href}`;
}
