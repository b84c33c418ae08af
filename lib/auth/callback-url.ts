/**
 * Where to go after signing in: only a path on this site (an open redirect to another origin
 * would let a phishing link bounce through our sign-in page). Anything else → the staff home.
 * The checks apply to the normalised result, the path the browser is sent to: dot segments,
 * percent-encoded dots, tabs and backslashes can turn a harmless-looking input into "//host".
 */
export function safeCallbackPath(value: string | null | undefined, locale: string): string {
  const fallback = `/${locale}/staff`;
  if (!value || !value.startsWith("/")) return fallback;
  try {
    const base = "http://callback.invalid";
    const url = new URL(value, base);
    if (url.origin !== base) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    // "//host" and "/\host" are protocol-relative: a browser leaves the site.
    if (!isSameOriginPath(path)) return fallback;
    if (url.pathname.startsWith("/api/") || /^\/(ja|en)\/(sign-in|sign-out)(\/|$)/.test(url.pathname)) return fallback;
    return path;
  } catch {
    return fallback;
  }
}

/** A path that every browser resolves against the current origin: one "/" not followed by "/" or "\". */
export function isSameOriginPath(path: string): boolean {
  return /^\/(?![/\\])/.test(path) && new URL(path, "http://callback.invalid").origin === "http://callback.invalid";
}
