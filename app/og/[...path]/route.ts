import { parsePreviewPath } from "@/lib/previews/preview-paths";
import { runtime } from "@/server/runtime";
import { previewCard } from "../_lib/preview-card";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ path: string[] }> };

const notFound = () => new Response("Not found / 見つかりません\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } });

/**
 * Link preview images: /og/{locale}/{page}.png and /og/{locale}/{events|countries|calendar}/{…}.png
 * (lib/previews/preview-paths.ts), drawn once per data version (lib/previews/preview-service.ts).
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const path = (await params).path;
  const request = parsePreviewPath(path);
  if (!request) return notFound();
  const png = await runtime().previews.image(path.join("/"), () => previewCard(request.locale, request.subject));
  if (!png) return notFound();
  // Shared caches may keep an image as long as a feed: it follows the data within minutes.
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png", "content-length": String(png.byteLength), "cache-control": "public, max-age=300" } });
}
