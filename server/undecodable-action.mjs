// @ts-check
/**
 * A server action request whose arguments cannot be decoded (a body that is not React's reply
 * format: invalid JSON, references to parts that are not there, an unknown type tag) makes Next
 * answer 500, the same as an action that failed on the server. The body is the client's mistake,
 * so that answer becomes a 400 here, when the app's action code never ran: every action calls
 * markActionRan() (server/request-facts.ts) first, and a failure after that keeps its 500.
 */

/** Route handlers and Next's files take their own POSTs; a POST anywhere else is a server action on a page. */
const isPagePath = (/** @type {string} */ pathname) => !/^\/(api|feeds|_next)\//.test(pathname);

/**
 * Whether `req` is a server action call (a POST to a page: fetch actions and forms without JavaScript).
 * @param {{ method?: string; url?: string }} req
 */
export function isServerActionRequest(req) {
  return req.method === "POST" && isPagePath((req.url ?? "/").split(/[?#]/, 1)[0]);
}

/**
 * Makes `res` answer 400 instead of 500 when the action's code never ran.
 * @param {import("node:http").ServerResponse} res
 * @param {{ actionRan: boolean }} facts
 */
export function undecodableActionIs400(res, facts) {
  const writeHead = res.writeHead;
  /** @type {typeof res.writeHead} */
  const patched = function (/** @type {any[]} */ ...args) {
    if (!facts.actionRan && args[0] === 500) args[0] = 400;
    return writeHead.apply(res, /** @type {any} */ (args));
  };
  res.writeHead = patched;
}
