// @ts-check
/**
 * Public pages are cached by shared caches for a minute (s-maxage=60, docs/CACHING.md), and Next
 * gives a 404 from a cached page route (an unknown event slug) the same header. A 404 is no
 * content, though: cached, it would hide a page published a moment later for that minute. So a
 * 404 leaving the production server is never stored by a shared cache (the app's own page cache
 * still keeps it for the current data version, and drops it when the data changes).
 */
export const NOT_FOUND_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";

/**
 * Makes `res` send NOT_FOUND_CACHE_CONTROL if its status turns out to be 404 (Node calls
 * writeHead for every response, explicitly or from the first write).
 * @param {import("node:http").ServerResponse} res
 */
export function uncacheNotFound(res) {
  const writeHead = res.writeHead;
  /** @type {typeof res.writeHead} */
  const patched = function (/** @type {any[]} */ ...args) {
    const status = typeof args[0] === "number" ? args[0] : res.statusCode;
    if (status === 404) {
      res.setHeader("Cache-Control", NOT_FOUND_CACHE_CONTROL);
      // Headers given to writeHead itself win over setHeader: replace a Cache-Control among them too.
      const headers = args.find((a, i) => i > 0 && a && typeof a === "object");
      if (headers && !Array.isArray(headers)) {
        for (const key of Object.keys(headers)) if (key.toLowerCase() === "cache-control") headers[key] = NOT_FOUND_CACHE_CONTROL;
      }
    }
    return writeHead.apply(res, /** @type {any} */ (args));
  };
  res.writeHead = patched;
}
