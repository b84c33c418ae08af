// @ts-check
/**
 * Next.js's cache handler (next.config.js `cacheHandler`) for rendered public pages (ISR).
 *
 * Why not Next's default handler: it keeps every rendered page as a file under .next/ and knows
 * nothing of our data. Here an entry is valid for one data version (db/data-version.ts): the
 * first request after any change of the public data — a staff edit in this process at once, a
 * write by another process within the version tracker's recheck interval — renders afresh, with
 * no revalidatePath calls to forget. Entries live in memory only, bounded as an LRU by bytes.
 *
 * Plain CommonJS because Next loads this file at run time with require(), untranspiled.
 * The current data version comes from the app itself: db/client.ts publishes a function on
 * globalThis when it opens the database, which every page render does before any entry exists.
 */

const MAX_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 5000;

/**
 * @typedef {{ value: unknown, lastModified: number, cacheControl: unknown, version: number, bytes: number }} Entry
 * @typedef {{ entries: Map<string, Entry>, bytes: number, missVersion: Map<string, number> }} Store
 */

// Next constructs a handler per request: the store is per process.
const holder = /** @type {typeof globalThis & { __pageCacheStore?: Store, __appCurrentDataVersion?: () => number }} */ (globalThis);
holder.__pageCacheStore ??= { entries: new Map(), bytes: 0, missVersion: new Map() };

/** Approximate memory of a cached value: the bytes of its strings and buffers. */
function sizeOf(/** @type {unknown} */ value, depth = 0) {
  if (value == null || depth > 4) return 0;
  if (typeof value === "string") return Buffer.byteLength(value);
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Map) return [...value.values()].reduce((n, v) => n + sizeOf(v, depth + 1), 0);
  if (typeof value === "object") return Object.values(value).reduce((n, v) => n + sizeOf(v, depth + 1), 0);
  return 8;
}

/** The app's current data version, or null before the app has opened its database. */
function currentVersion() {
  return holder.__appCurrentDataVersion ? holder.__appCurrentDataVersion() : null;
}

class PageCacheHandler {
  /** @param {{ maxBytes?: number, maxEntries?: number }} [options] */
  constructor(options = {}) {
    this.store = /** @type {Store} */ (holder.__pageCacheStore);
    this.maxBytes = options.maxBytes ?? MAX_BYTES;
    this.maxEntries = options.maxEntries ?? MAX_ENTRIES;
  }

  /** @param {string} key */
  remove(key) {
    const old = this.store.entries.get(key);
    if (!old) return;
    this.store.bytes -= old.bytes;
    this.store.entries.delete(key);
  }

  /** @param {string} key */
  async get(key) {
    const version = currentVersion();
    if (version === null) return null;
    const entry = this.store.entries.get(key);
    if (entry && entry.version === version) {
      // Most recently used at the end of the Map's order.
      this.store.entries.delete(key);
      this.store.entries.set(key, entry);
      // cacheControl: the page's revalidate time; without it Next assumes 1 s and re-renders in the background.
      return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
    }
    this.remove(key);
    // The render that follows this miss reads data at least this new: tag its entry with it, so a
    // write during the render makes the entry stale at once instead of hiding the write.
    if (this.store.missVersion.size > 10_000) this.store.missVersion.clear();
    this.store.missVersion.set(key, version);
    return null;
  }

  /**
   * @param {string} key
   * @param {unknown} value
   * @param {{ cacheControl?: unknown }} [ctx]
   */
  async set(key, value, ctx) {
    const version = this.store.missVersion.get(key) ?? currentVersion();
    this.store.missVersion.delete(key);
    this.remove(key);
    if (value == null || version === null) return;
    const bytes = sizeOf(value);
    this.store.entries.set(key, { value, lastModified: Date.now(), cacheControl: ctx?.cacheControl, version, bytes });
    this.store.bytes += bytes;
    for (const oldest of this.store.entries.keys()) {
      if (this.store.entries.size <= 1 || (this.store.bytes <= this.maxBytes && this.store.entries.size <= this.maxEntries)) break;
      this.remove(oldest);
    }
  }

  /** revalidatePath/revalidateTag: not used by the app (versions do that); drop everything. */
  async revalidateTag() {
    this.store.entries.clear();
    this.store.bytes = 0;
  }

  resetRequestCache() {}
}

module.exports = PageCacheHandler;
