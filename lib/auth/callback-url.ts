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

/**
 * next-auth's redirect callback: `url` (a callbackUrl from the client) resolved against the site,
 * if it stays on the site; else the site's root. next-auth's default threw on a callbackUrl that
 * is not a URL ("Asia/Tokyo"), answering 500.
 */
export function sameOriginRedirect(url: string, baseUrl: string): string {
  try {
    const target = new URL(url, baseUrl);
    return target.origin === new URL(baseUrl).origin ? target.href : baseUrl;
  } catch {
    return baseUrl;
  }
}

/**
 * next-auth's own rule for a callbackUrl in the query or its callback-url cookie: an http(s) URL,
 * or a path. It answers anything else with a 500, so app/api/auth/[...nextauth] refuses it first.
 */
export function isNextAuthCallbackUrl(value: string, baseUrl: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? baseUrl : undefined).protocol);
  } catch {
    return false;
  }
}
