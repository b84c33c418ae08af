import fs from "node:fs";
import path from "node:path";
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import satori from "satori";
import type { PreviewFont } from "./preview-fonts";

/** What satori draws: a React element tree of flex boxes (app/og/_lib/preview-card.tsx, app/_lib/app-icon.tsx). */
export type PreviewElement = Parameters<typeof satori>[0];

// resvg's WebAssembly module is initialised once per process and refuses a second time; the app's
// bundles may each hold a copy of this module, so "already initialised" means ready.
let wasm: Promise<void> | null = null;

function resvgReady(root: string): Promise<void> {
  wasm ??= initWasm(fs.readFileSync(path.join(/*turbopackIgnore: true*/ root, "node_modules", "@resvg", "resvg-wasm", "index_bg.wasm"))).catch((error: unknown) => {
    if (!(error instanceof Error && error.message.startsWith("Already initialized"))) throw error;
  });
  return wasm;
}

/**
 * Draws an element as a PNG with satori (layout and text to SVG, in the given fonts) and resvg.
 * Satori directly, not next/og's ImageResponse: for a glyph its fonts lack (an emoji, Thai),
 * ImageResponse downloads a font from Google Fonts or an emoji from a CDN at run time. Here such a
 * glyph is left out and nothing is fetched (`loadAdditionalAsset` answers with nothing).
 */
export async function renderPng(element: PreviewElement, size: { width: number; height: number }, fonts: PreviewFont[], root = process.cwd()): Promise<Uint8Array> {
  await resvgReady(root);
  const svg = await satori(element, { ...size, fonts, loadAdditionalAsset: async () => [] });
  const image = new Resvg(svg, { fitTo: { mode: "width", value: size.width } }).render();
  try {
    return image.asPng();
  } finally {
    image.free();
  }
}
