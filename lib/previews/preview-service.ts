import type { DataVersionTracker } from "@/lib/caching/data-version-tracker";
import { createVersionedCache } from "@/lib/caching/versioned-cache";
import { loadPreviewFonts, type PreviewFont } from "./preview-fonts";
import { type PreviewElement, renderPng } from "./render-png";

export type { PreviewElement };

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/**
 * Link preview images (OpenGraph, Twitter), 1200×630 PNG, drawn by renderPng in the bundled font,
 * and kept per data version like pages and feeds (lib/caching/versioned-cache.ts): a preview is
 * drawn on its first request after the data changed, then served from memory.
 */
export function createPreviewService(deps: { tracker: Pick<DataVersionTracker, "current">; root?: string; maxImages?: number }) {
  const cache = createVersionedCache<Uint8Array>({ tracker: deps.tracker, max: deps.maxImages ?? 2000, maxSize: 64 * 1024 * 1024, sizeOf: (png) => png.byteLength });
  const pending = new Map<string, Promise<Uint8Array | null>>();
  const root = deps.root ?? process.cwd();
  // Read on the first preview, then kept (satori parses a font once per buffer, which takes a second).
  let bundled: PreviewFont[] | null = null;
  const stats = { drawn: 0 };

  /** Draws an element as a preview-sized PNG, in the bundled fonts unless others are given. */
  function render(element: PreviewElement, fonts?: PreviewFont[]): Promise<Uint8Array> {
    bundled ??= loadPreviewFonts(root);
    return renderPng(element, { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT }, fonts ?? bundled, root);
  }

  /**
   * The PNG for `key` at the current data version, from the cache or drawn now from what `draw`
   * returns (null: nothing to show, not cached). Requests for the same image wait for one drawing.
   */
  async function image(key: string, draw: () => Promise<PreviewElement | null>): Promise<Uint8Array | null> {
    const version = cache.currentVersion();
    const cached = cache.get(key);
    if (cached) return cached;
    const waiting = pending.get(`${version}:${key}`);
    if (waiting) return waiting;
    const drawing = (async () => {
      const element = await draw();
      if (!element) return null;
      const png = await render(element);
      stats.drawn++;
      cache.set(key, png, version);
      return png;
    })();
    pending.set(`${version}:${key}`, drawing);
    try {
      return await drawing;
    } finally {
      pending.delete(`${version}:${key}`);
    }
  }

  return { image, render, stats };
}

export type PreviewService = ReturnType<typeof createPreviewService>;
