import { appIconPng } from "../../_lib/app-icon";

/** Drawn once, when the app is built. */
export const dynamic = "force-static";
export const dynamicParams = false;

/** The web manifest's icons (app/manifest.ts): for home screens and launchers. */
const MANIFEST_ICONS = {
  "icon-192.png": { size: 192, maskable: false },
  "icon-512.png": { size: 512, maskable: false },
  "maskable-512.png": { size: 512, maskable: true },
} as const;

export function generateStaticParams() {
  return Object.keys(MANIFEST_ICONS).map((name) => ({ name }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ name: keyof typeof MANIFEST_ICONS }> }): Promise<Response> {
  const icon = MANIFEST_ICONS[(await params).name];
  if (!icon) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(await appIconPng(icon.size, { maskable: icon.maskable })), { headers: { "content-type": "image/png", "cache-control": "public, max-age=86400" } });
}
