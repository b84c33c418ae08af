/**
 * Where to go after signing in: only a path on this site (an open redirect to another origin
 * would let a phishing link bounce through our sign-in page). Anything else → the staff home.
 */
export function safeCallbackPath(value: string | null | undefined, locale: string): string {
  const fallback = `/${locale}/staff`;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  try {
    const base = "http://callback.invalid";
    const url = new URL(value, base);
    if (url.origin !== base) return fallback;
    if (url.pathname.startsWith("/api/") || /^\/(ja|en)\/(sign-in|sign-out)(\/|$)/.test(url.pathname)) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
