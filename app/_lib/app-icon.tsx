import { loadPreviewFonts, PREVIEW_FONT_FAMILY } from "@/lib/previews/preview-fonts";
import { renderPng } from "@/lib/previews/render-png";

/**
 * The site's icon as a PNG of `size` pixels: app/icon.svg's drawing (white "50" on the site's blue),
 * in the bundled font so that it looks the same everywhere. `maskable` keeps the figure inside the
 * safe zone of an icon that launchers crop to a circle, on a full-bleed background.
 */
export function appIconPng(size: number, { maskable = false } = {}): Promise<Uint8Array> {
  const radius = maskable ? 0 : Math.round(size * 0.1875);
  return renderPng(
    <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: "#0b4f8a", borderRadius: radius, color: "#ffffff", fontFamily: PREVIEW_FONT_FAMILY, fontWeight: 700, fontSize: Math.round(size * (maskable ? 0.34 : 0.47)) }}>
      50
    </div>,
    { width: size, height: size },
    loadPreviewFonts().filter((f) => f.weight === 700),
  );
}
