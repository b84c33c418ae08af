import { create } from "qrcode";

/** The light margin around a QR code that readers need to find it, in modules (ISO/IEC 18004 asks for 4). */
export const QR_QUIET_ZONE = 4;

/**
 * A QR code of `text` as SVG path data: one rectangle per horizontal run of dark modules
 * ("M{x} {y}h{n}v1h-{n}z"), in module units, without the quiet zone. `size` is modules per side.
 * Error correction M (15 %): codes printed on handouts and shown on slides get smudged and cropped.
 */
export function qrCodePath(text: string): { size: number; path: string } {
  const { modules } = create(text, { errorCorrectionLevel: "M" });
  const { size, data } = modules;
  let path = "";
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < size && data[y * size + x + run]) run++;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run;
    }
  }
  return { size, path };
}
