import fs from "node:fs";
import path from "node:path";

/**
 * The font of the preview images: Noto Sans JP (SIL Open Font License), as OpenType files from the
 * npm package @embedpdf/fonts-jp, installed with the app's dependencies. Satori reads TTF, OTF and
 * WOFF (not WOFF2); nothing is fetched from a font service at build or run time.
 */
export const PREVIEW_FONT_FAMILY = "Noto Sans JP";
export const PREVIEW_FONT_PACKAGE = "@embedpdf/fonts-jp";

export type PreviewFont = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };

/** The font files, found in the installed package under the app's directory. */
export function previewFontFiles(root: string = process.cwd()): { weight: 400 | 700; file: string }[] {
  const dir = path.join(/*turbopackIgnore: true*/ root, "node_modules", PREVIEW_FONT_PACKAGE, "fonts");
  return [
    { weight: 400, file: path.join(dir, "NotoSansJP-Regular.otf") },
    { weight: 700, file: path.join(dir, "NotoSansJP-Bold.otf") },
  ];
}

export function loadPreviewFonts(root?: string): PreviewFont[] {
  return previewFontFiles(root).map(({ weight, file }) => ({ name: PREVIEW_FONT_FAMILY, data: fs.readFileSync(/*turbopackIgnore: true*/ file), weight, style: "normal" }));
}
