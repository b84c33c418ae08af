import { create } from "qrcode";
import { z } from "zod";

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

/** A QR code of `text` as an SVG document: black modules on a white ground with the quiet zone. */
export function qrCodeSvg(text: string): string {
  const { size, path } = qrCodePath(text);
  const side = size + 2 * QR_QUIET_ZONE;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-QR_QUIET_ZONE} ${-QR_QUIET_ZONE} ${side} ${side}" shape-rendering="crispEdges"><rect x="${-QR_QUIET_ZONE}" y="${-QR_QUIET_ZONE}" width="${side}" height="${side}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}

/** The longest address the QR image route draws, in UTF-8 bytes. */
export const QR_MAX_BYTES = 1000;

/** The address of the image of a QR code of `text` (app/qr.svg/route.ts). */
export function qrImagePath(text: string): string {
  return `/qr.svg?text=${encodeURIComponent(text)}`;
}

/**
 * What the QR image route draws: an address of this site (`baseUrl`), and nothing else, so that
 * the site cannot be made to host a code pointing anywhere.
 */
export function qrTextSchema(baseUrl: string) {
  return z
    .string({ error: "Give the address to draw as ?text=" })
    // Bytes, not characters: a QR code holds at most 2,331 bytes at level M, and a longer code would not scan from a slide.
    .refine((text) => Buffer.byteLength(text) <= QR_MAX_BYTES, { error: "The address is too long." })
    .refine((text) => text.startsWith(`${baseUrl}/`), { error: `Only addresses of this site (${baseUrl}/…) are drawn.` });
}
