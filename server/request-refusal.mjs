// @ts-check
import bodyLimits from "./action-body-limits.cjs";
import { isServerActionRequest } from "./undecodable-action.mjs";

/**
 * Requests the production server (server/main.mjs) answers itself with a 4xx and a message before
 * they reach Next.js, because Next answers each of them with a bare 500: a path with malformed
 * percent-encoding (Next's router throws URIError), and a server action that is cross-origin, has
 * an unreadable Origin, or a body over the limit (Next throws, and always answers 500:
 * app-render/action-handler.js). Plain JavaScript: Node runs this file untranspiled.
 */

/** @typedef {{ status: 400 | 403 | 411 | 413; text: string }} Refusal */

/** @param {string} en @param {string} ja @returns {string} */
const bilingual = (en, ja) => `${en}\n${ja}\n`;

/** @param {string} pathname */
function hasMalformedPercentEncoding(pathname) {
  if (!pathname.includes("%")) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** @param {string | string[] | undefined} value */
const first = (value) => (Array.isArray(value) ? value[0] : value);

/**
 * The host the browser addressed, as Next compares it with Origin: the first X-Forwarded-Host
 * entry, else Host.
 * @param {import("node:http").IncomingHttpHeaders} headers
 */
function requestHost(headers) {
  return first(headers["x-forwarded-host"])?.split(",")[0]?.trim() || headers.host;
}

/** @param {string} origin */
function originHost(origin) {
  if (origin === "null") return null;
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * What to answer instead of passing the request on, or null to pass it on.
 * @param {{ method?: string; url?: string; headers: import("node:http").IncomingHttpHeaders }} req
 * @returns {Refusal | null}
 */
export function requestRefusal(req) {
  const url = req.url ?? "/";
  const pathname = url.split(/[?#]/, 1)[0];
  if (hasMalformedPercentEncoding(pathname)) {
    return { status: 400, text: bilingual("Bad request: the address contains malformed percent-encoding (%).", "不正なリクエスト: アドレスに誤ったパーセントエンコーディング（%）が含まれています。") };
  }
  if (!isServerActionRequest(req)) return null;

  const origin = first(req.headers.origin);
  // No Origin: not a browser request (browsers send it with every POST); Next lets it through too.
  if (origin !== undefined && originHost(origin) !== requestHost(req.headers)) {
    return { status: 403, text: bilingual("Forbidden: this form was sent from another site.", "禁止: このフォームは別のサイトから送信されました。") };
  }
  const length = first(req.headers["content-length"]);
  if (length === undefined) {
    if (req.headers["transfer-encoding"]) {
      return { status: 411, text: bilingual("Length required: send forms with a Content-Length.", "長さが必要です: Content-Length を付けてフォームを送信してください。") };
    }
    return null;
  }
  if (bodyLimits.IMPORT_PAGE_PATH.test(pathname)) {
    if (Number(length) > bodyLimits.IMPORT_ACTION_BODY_LIMIT_BYTES) {
      return { status: 413, text: bilingual("Payload too large: an import can send at most 20 MB.", "データが大きすぎます: 取り込みで送信できるのは 20 MB までです。") };
    }
  } else if (Number(length) > bodyLimits.ACTION_BODY_LIMIT_BYTES) {
    return { status: 413, text: bilingual("Payload too large: a form can send at most 1 MB.", "データが大きすぎます: フォームで送信できるのは 1 MB までです。") };
  }
  return null;
}
