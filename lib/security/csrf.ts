import { CsrfError } from "@/lib/errors";

/**
 * CSRF protection for mutating route handlers that are not server actions (server actions get
 * Next's own Origin check). Two checks, both required:
 *  1. Origin (or, when a browser omits it, Referer) must be one of the app's own origins
 *     (PUBLIC_BASE_URL, NEXTAUTH_URL; the request's own origin only when neither is configured),
 *     and Sec-Fetch-Site, when sent, must not be "cross-site".
 *  2. The request must carry `X-Requested-With: fetch`. A cross-site page cannot add a custom
 *     header without a CORS preflight, which this app never allows, and plain HTML forms cannot.
 * Scripts calling the JSON API send both headers themselves (Origin: <base URL>).
 */
export const CSRF_HEADER = "x-requested-with";
export const CSRF_HEADER_VALUE = "fetch";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export type CsrfCheck = { ok: true } | { ok: false; reason: string };

function originOf(value: string | null): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/** The origins this deployment answers on, from the configuration. */
export function configuredOrigins(source: Record<string, string | undefined> = process.env): string[] {
  return [source.PUBLIC_BASE_URL, source.NEXTAUTH_URL].map((u) => originOf(u ?? null)).filter((o): o is string => !!o);
}

export function checkSameOriginMutation(
  request: { method: string; headers: Headers; url: string },
  allowedOrigins: string[] = configuredOrigins(),
): CsrfCheck {
  if (safeMethods.has(request.method.toUpperCase())) return { ok: true };
  const allowed = allowedOrigins.length ? allowedOrigins : [new URL(request.url).origin];
  if (request.headers.get("sec-fetch-site") === "cross-site") return { ok: false, reason: "cross-site request" };
  const origin = request.headers.get("origin");
  // "null" is what sandboxed frames and some redirects send: never trusted.
  const source = origin !== null ? originOf(origin === "null" ? null : origin) : originOf(request.headers.get("referer"));
  // Scripts get the origin to send: http://127.0.0.1:3000 is not http://localhost:3000.
  const send = `send Origin: ${allowed.join(" or ")}`;
  if (!source) return { ok: false, reason: `missing Origin and Referer (${send})` };
  if (!allowed.includes(source)) return { ok: false, reason: `origin ${source} is not this site's (${send})` };
  if (request.headers.get(CSRF_HEADER)?.toLowerCase() !== CSRF_HEADER_VALUE) {
    return { ok: false, reason: `missing ${CSRF_HEADER}: ${CSRF_HEADER_VALUE} header` };
  }
  return { ok: true };
}

/** Throws CsrfError (403) unless the mutation comes from this site (see the checks above). */
export function assertSameOriginMutation(request: Request, allowedOrigins?: string[]): void {
  const check = checkSameOriginMutation(request, allowedOrigins);
  if (!check.ok) throw new CsrfError(`Cross-site request refused: ${check.reason}`);
}
