import { appIconPng } from "./_lib/app-icon";

/** The apple-touch-icon (Next links it from every page): drawn once, when the app is built. */
export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default async function AppleIcon(): Promise<Response> {
  return new Response(new Uint8Array(await appIconPng(180)), { headers: { "content-type": "image/png" } });
}
