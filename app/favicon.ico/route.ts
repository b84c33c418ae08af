import { icoFromPngs } from "@/lib/icons/ico";
import { appIconPng } from "../_lib/app-icon";

/** Drawn once, when the app is built. */
export const dynamic = "force-static";

/** /favicon.ico, which browsers and feed readers ask for whatever a page links: the site's icon at 16, 32 and 48 pixels. */
export async function GET(): Promise<Response> {
  const images = await Promise.all([16, 32, 48].map(async (size) => ({ size, png: await appIconPng(size) })));
  return new Response(new Uint8Array(icoFromPngs(images)), { headers: { "content-type": "image/x-icon", "cache-control": "public, max-age=86400" } });
}
