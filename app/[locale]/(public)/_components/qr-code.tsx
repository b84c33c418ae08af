import { QR_QUIET_ZONE, qrCodePath } from "@/lib/sharing/qr-code";

/**
 * A QR code of an address, as inline SVG rendered on the server (works without JavaScript, prints,
 * and scales for slides), on a white ground with its quiet zone so that it scans on any page colour.
 */
export function QrCode({ value, label }: { value: string; label: string }) {
  const { size, path } = qrCodePath(value);
  const side = size + 2 * QR_QUIET_ZONE;
  return (
    <svg className="qr-code" role="img" aria-label={label} viewBox={`${-QR_QUIET_ZONE} ${-QR_QUIET_ZONE} ${side} ${side}`} shapeRendering="crispEdges">
      <rect x={-QR_QUIET_ZONE} y={-QR_QUIET_ZONE} width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
