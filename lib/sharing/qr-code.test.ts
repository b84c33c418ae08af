import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { QR_MAX_BYTES, QR_QUIET_ZONE, qrCodePath, qrCodeSvg, qrImagePath, qrTextSchema } from "./qr-code";

/** Draws the path's rectangles as black pixels on white, with the quiet zone, as a scanner would see it. */
function raster(size: number, path: string, scale = 4) {
  const side = (size + 2 * QR_QUIET_ZONE) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < Number(run) * scale; dx++) {
        const px = (Number(x) + QR_QUIET_ZONE) * scale + dx;
        const py = (Number(y) + QR_QUIET_ZONE) * scale + dy;
        pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
      }
    }
  }
  return { pixels, side };
}

describe("qrCodePath", () => {
  it.each([
    "https://schedule.example.org/feeds/all.ics?lang=ja",
    "http://127.0.0.1:3300/en/events/special-finance-ministers-central-bank-governors-meeting-2023",
    "https://schedule.example.org/feeds/filter.ics?q=%E8%A6%B3%E5%85%89&sector=tourism&lang=ja",
  ])("draws a code that decodes back to %s", (text) => {
    const { size, path } = qrCodePath(text);
    expect(path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    const { pixels, side } = raster(size, path);
    expect(jsQR(pixels, side, side)?.data).toBe(text);
  });

  it("is a different code for a different address", () => {
    expect(qrCodePath("https://example.org/a").path).not.toBe(qrCodePath("https://example.org/b").path);
  });
});

describe("qrCodeSvg and qrTextSchema", () => {
  it("draws the same modules as qrCodePath, in an SVG document with its quiet zone on white", () => {
    const text = "https://schedule.example.org/feeds/all.ics?lang=ja";
    const svg = qrCodeSvg(text);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="-4 -4 (\d+) \1"/);
    expect(svg).toContain(`d="${qrCodePath(text).path}"`);
    expect(svg).toContain('fill="#fff"');
    expect(qrImagePath(text)).toBe(`/qr.svg?text=${encodeURIComponent(text)}`);
  });

  it("draws addresses of this site only", () => {
    const schema = qrTextSchema("https://schedule.example.org");
    expect(schema.safeParse("https://schedule.example.org/en/events/x").success).toBe(true);
    expect(schema.safeParse("https://schedule.example.org.evil.example/x").success).toBe(false);
    expect(schema.safeParse("https://evil.example/").success).toBe(false);
    expect(schema.safeParse(undefined).success).toBe(false);
    // Counted in bytes: 400 Japanese characters are 1,200 of them, too many for a code that scans.
    expect(schema.safeParse(`https://schedule.example.org/${"観".repeat(400)}`).success).toBe(false);
    const longest = `https://schedule.example.org/${"x".repeat(QR_MAX_BYTES - "https://schedule.example.org/".length)}`;
    expect(schema.safeParse(longest).success).toBe(true);
    expect(() => qrCodeSvg(longest)).not.toThrow();
  });
});
