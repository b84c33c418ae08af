/**
 * Where a schedule URL is served from. The public address of a filtered view is /{locale}?{query};
 * the proxy rewrites it to /{locale}/filtered/{query} so that each view is a cacheable page of its
 * own. `_rsc` is Next's cache-busting parameter for client navigations, not part of the view.
 */
const FILTERED_SEGMENT = "filtered";
const MAX_QUERY = 2000;
const FROM_PARAM = "from";

/**
 * The internal path for a request of a filtered page at `viewPath` ("/en", "/en/changes"): the
 * query as one segment under "filtered/", or null when it needs no rewrite (no query).
 */
export function filteredViewPath(viewPath: string, query: URLSearchParams): string | null {
  const view = new URLSearchParams(query);
  view.delete("_rsc");
  const text = view.toString().slice(0, MAX_QUERY);
  return text ? `${viewPath}/${FILTERED_SEGMENT}/${encodeURIComponent(text)}` : null;
}

/** The schedule list, a month of the calendar and the year timeline: the views that take the schedule's filters. */
const SCHEDULE_VIEW_PATH = /^\/[^/]+(\/calendar\/[^/]+|\/year)?$/;

/**
 * The internal path for a request to a schedule view (/{locale}, /{locale}/calendar/{month},
 * /{locale}/year) with a query, or null when it is no such view or needs no rewrite (no query).
 */
export function filteredScheduleViewPath(pathname: string, query: URLSearchParams): string | null {
  return SCHEDULE_VIEW_PATH.test(pathname) ? filteredViewPath(pathname, query) : null;
}

/**
 * The address of an event page opened from a schedule view: the view's query rides along in
 * `from`, so the page's "Back to the schedule" returns to the same view. None for the unfiltered view.
 */
export function eventPagePath(slug: string, viewQuery: string): string {
  return `/events/${slug}${viewQuery ? `?${FROM_PARAM}=${encodeURIComponent(viewQuery)}` : ""}`;
}

/**
 * Where an event page opened from a view is served from: /{locale}/events/{slug}/from/{query},
 * a cacheable page of its own (as filtered views are), or null when the request needs no rewrite.
 */
export function eventFromViewPath(pathname: string, query: URLSearchParams): string | null {
  const match = /^\/([^/]+)\/events\/([^/]+)$/.exec(pathname);
  const from = query.get(FROM_PARAM)?.slice(0, MAX_QUERY);
  return match && from ? `/${match[1]}/events/${match[2]}/${FROM_PARAM}/${encodeURIComponent(from)}` : null;
}

/**
 * The query carried by a filtered view's path segment. Next may hand the segment over still
 * percent-encoded or already decoded; a decoded query that contains "%" must not be decoded again.
 */
export function queryFromSegment(segment: string): string {
  try {
    const once = decodeURIComponent(segment);
    return once.includes("=") || !segment.includes("%") ? once : segment;
  } catch {
    return segment;
  }
}

/**
 * The public address, after the locale, of a page served from a view's filtered route: the rewrite
 * undone ("?{query}", "/calendar/{month}?{query}", "/year?{query}"), or null for any other page.
 */
export function viewAddressFromParams({ query, month, view }: { query?: string; month?: string; view?: string }): string | null {
  if (query) return `?${queryFromSegment(query)}`;
  if (view) return `${month ? `/calendar/${month}` : "/year"}?${queryFromSegment(view)}`;
  return null;
}
