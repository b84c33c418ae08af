import { publicBaseUrl } from "@/lib/env";
import { qrCodeSvg, qrTextSchema } from "@/lib/sharing/qr-code";

/**
 * The QR code of one of the site's addresses as an SVG image: /qr.svg?text={address}
 * (lib/sharing/qr-code.ts qrImagePath). An image rather than inline SVG: the feeds page shows 28
 * codes, which inline (and again in the page's RSC payload) made it 450 kB. The same address
 * always gives the same image, so caches may keep it for a day.
 */
export function GET(request: Request): Response {
  const parsed = qrTextSchema(publicBaseUrl()).safeParse(new URL(request.url).searchParams.get("text") ?? undefined);
  if (!parsed.success) {
    const message = `${parsed.error.issues[0].message}\nこのサイトのアドレスのQRコードだけを描きます（?text=）。\n`;
    return new Response(message, { status: 400, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=60" } });
  }
  return new Response(qrCodeSvg(parsed.data), { headers: { "content-type": "image/svg+xml", "cache-control": "public, max-age=86400" } });
}
