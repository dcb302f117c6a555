// QR codes drawn as one SVG path (no canvas, no inline style, crisp at any size and on paper).
// The `qrcode` package only loads with the holder screens that show codes, never in the shell.
import QRCode from 'qrcode';
import { useMemo } from 'preact/hooks';

/** Quiet zone around the code, in modules (the standard asks for 4). */
const QUIET = 4;

/** The dark modules of `text` as an SVG path, and the code's size in modules. */
export function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  let d = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && modules.get(y, x)) x++;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  }
  return { size, d };
}

/** Props of {@link QrCode}. */
export interface QrCodeProps {
  text: string;
  /** What the code is, for screen readers (its content is not readable to people). */
  label: string;
  class?: string;
  testId?: string;
}

/** A QR code as an image with a text alternative; black on white whatever the page colours. */
export function QrCode({ text, label, class: className, testId }: QrCodeProps) {
  const { size, d } = useMemo(() => qrPath(text), [text]);
  const box = size + 2 * QUIET;
  return (
    <svg
      class={className ? `qr ${className}` : 'qr'}
      viewBox={`${-QUIET} ${-QUIET} ${box} ${box}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
      data-testid={testId}
    >
      <rect x={-QUIET} y={-QUIET} width={box} height={box} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
