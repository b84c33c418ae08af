/**
 * Where a schedule URL is served from. The public address of a filtered view is /{locale}?{query};
 * the proxy rewrites it to /{locale}/filtered/{query} so that each view is a cacheable page of its
 * own. `_rsc` is Next's cache-busting parameter for client navigations, not part of the view.
 */
export const FILTERED_SEGMENT = "filtered";
const MAX_QUERY = 2000;

/** The internal path for a schedule request, or null when it needs no rewrite (no query). */
export function filteredSchedulePath(locale: string, query: URLSearchParams): string | null {
  const view = new URLSearchParams(query);
  view.delete("_rsc");
  const text = view.toString().slice(0, MAX_QUERY);
  return text ? `/${locale}/${FILTERED_SEGMENT}/${encodeURIComponent(text)}` : null;
}

/** The public path (without locale) of a page path seen on the server, undoing the rewrite. */
export function publicSchedulePath(pathname: string): string {
  const prefix = `/${FILTERED_SEGMENT}/`;
  if (!pathname.startsWith(prefix)) return pathname;
  return `/?${decodeURIComponent(pathname.slice(prefix.length))}`;
}
