import fs from "node:fs";
import path from "node:path";
import { PNG } from "pngjs";
import { createElement as h } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PREVIEW_FONT_FAMILY, PREVIEW_FONT_PACKAGE, previewFontFiles } from "./preview-fonts";
import { createPreviewService, PREVIEW_HEIGHT, PREVIEW_WIDTH } from "./preview-service";

let version = 1;
const service = createPreviewService({ tracker: { current: () => version } });

const card = (text: string) =>
  h("div", { style: { display: "flex", width: "100%", height: "100%", background: "#fff", color: "#000", fontSize: 72, fontFamily: PREVIEW_FONT_FAMILY, padding: 40 } }, text);

/** Pixels that are not white. */
function inked(png: Uint8Array): number {
  const { data, width, height } = PNG.sync.read(Buffer.from(png));
  expect([width, height]).toEqual([PREVIEW_WIDTH, PREVIEW_HEIGHT]);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) n++;
  return n;
}

afterEach(() => vi.restoreAllMocks());

describe("preview images", () => {
  it("draw Japanese in the font of the bundled package", async () => {
    const japanese = card("日ASEAN友好協力50周年 特別首脳会議");
    const drawn = await service.render(japanese);
    expect(inked(drawn)).toBeGreaterThan(5000);

    // The same drawing as with the package's own files read here: the font is the bundled one.
    for (const { file } of previewFontFiles()) expect(file).toContain(path.join("node_modules", PREVIEW_FONT_PACKAGE));
    const fromPackage = previewFontFiles().map(({ weight, file }) => ({ name: PREVIEW_FONT_FAMILY, data: fs.readFileSync(file), weight, style: "normal" as const }));
    expect(Buffer.from(await service.render(japanese, fromPackage)).equals(Buffer.from(drawn))).toBe(true);

    // Two kanji are two different glyphs in it; in a font without Japanese (next's bundled Geist)
    // both are the same empty box.
    const latinOnly = [{ name: PREVIEW_FONT_FAMILY, data: fs.readFileSync(path.join("node_modules", "next", "dist", "compiled", "@vercel", "og", "Geist-Regular.ttf")), weight: 400 as const, style: "normal" as const }];
    const same = async (a: string, b: string, fonts?: typeof latinOnly) => Buffer.from(await service.render(card(a), fonts)).equals(Buffer.from(await service.render(card(b), fonts)));
    expect(await same("日", "本")).toBe(false);
    expect(await same("日", "本", latinOnly)).toBe(true);
  }, 30_000);

  it("fetch nothing for glyphs the font lacks (emoji, Thai)", async () => {
    const fetch = vi.spyOn(globalThis, "fetch");
    const png = await service.render(card("ASEAN 😀 ภาษาไทย 日本"));
    expect(inked(png)).toBeGreaterThan(1000);
    expect(fetch).not.toHaveBeenCalled();
  }, 30_000);

  it("are drawn once per data version, and not kept when there is nothing to draw", async () => {
    const draw = vi.fn(async () => card("ASEAN"));
    const [a, b] = await Promise.all([service.image("k", draw), service.image("k", draw)]);
    expect(a).toBe(b);
    await service.image("k", draw);
    expect(draw).toHaveBeenCalledTimes(1);
    version++;
    await service.image("k", draw);
    expect(draw).toHaveBeenCalledTimes(2);
    const none = vi.fn(async () => null);
    expect(await service.image("missing", none)).toBeNull();
    expect(await service.image("missing", none)).toBeNull();
    expect(none).toHaveBeenCalledTimes(2);
  }, 30_000);
});
