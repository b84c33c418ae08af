import { qrImagePath } from "@/lib/sharing/qr-code";

/**
 * A QR code of one of the site's addresses, as an image drawn by the server (app/qr.svg): it
 * works without JavaScript, prints, and scales for slides. Loaded when scrolled to: a page of
 * feed cards carries many.
 */
export function QrCode({ value, label }: { value: string; label: string }) {
  return <img className="qr-code" src={qrImagePath(value)} alt={label} width={128} height={128} loading="lazy" decoding="async" />;
}
