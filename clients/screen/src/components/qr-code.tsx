import { useMemo } from 'react';
import QRCode from 'qrcode';

const quietZone = 3; // modules of white around the code; phones need it to find the corners

/** The dark modules of a QR code as one SVG path: crisp at any projector size, no canvas needed. */
export function qrPath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  let path = '';
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (modules.get(y, x)) path += `M${x + quietZone} ${y + quietZone}h1v1h-1z`;
    }
  }
  return { size: modules.size + 2 * quietZone, path };
}

export function QrCode({ text, className, testId }: { text: string; className?: string; testId?: string }) {
  const { size, path } = useMemo(() => qrPath(text), [text]);
  return (
    <svg className={className ?? 'qr'} data-testid={testId} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={text} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
