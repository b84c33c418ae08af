// @ts-check
/**
 * Next.js's cache handler (next.config.js `cacheHandler`) for rendered public pages: an adapter
 * over the runtime's page cache (lib/caching/page-cache.ts), where an entry is valid for one data
 * version. Next constructs a handler per request; the entries live in the process's runtime.
 * Without a runtime (during `next build`) nothing is cached. Plain CommonJS: Next loads this
 * file with require(), untranspiled.
 */
const { currentRuntime } = require("./runtime-slot.cjs");

class PageCacheHandler {
  /** @param {string} key */
  async get(key) {
    return currentRuntime()?.pages.get(key) ?? null;
  }

  /**
   * @param {string} key
   * @param {unknown} value
   * @param {{ cacheControl?: unknown }} [ctx]
   */
  async set(key, value, ctx) {
    // cacheControl: the page's revalidate time; without it Next assumes 1 s and re-renders in the background.
    currentRuntime()?.pages.set(key, value, ctx?.cacheControl);
  }

  /** revalidatePath/revalidateTag: not used by the app (data versions do that); drop everything. */
  async revalidateTag() {
    currentRuntime()?.pages.clear();
  }

  resetRequestCache() {}
}

module.exports = PageCacheHandler;
