// @ts-check
/**
 * The one process-global slot of the app: the per-process runtime (server/runtime.ts) lives here.
 * Next.js bundles server code more than once (instrumentation, every route) and loads the page
 * cache handler and the production server outside its bundles; all of them reach the same
 * runtime object through this slot. Plain CommonJS, so that server/main.mjs and
 * server/page-cache-handler.cjs can load it untranspiled.
 */

/** @typedef {import("./runtime").AppRuntime} AppRuntime */

const KEY = Symbol.for("japan-asean-2023.runtime");
const slot = /** @type {Record<symbol, AppRuntime | undefined>} */ (/** @type {unknown} */ (globalThis));

/** The runtime of this process, or undefined before it was created (e.g. during `next build`). */
function currentRuntime() {
  return slot[KEY];
}

/**
 * Installs the runtime of this process (once), and returns the one installed.
 * @param {AppRuntime} runtime
 * @returns {AppRuntime}
 */
function installRuntime(runtime) {
  slot[KEY] ??= runtime;
  return /** @type {AppRuntime} */ (slot[KEY]);
}

module.exports = { currentRuntime, installRuntime };
