// Pure QR decoding shared by the browser worker and the Node CLI (`bbpass scan`):
// no DOM, no Node APIs, only jsqr over an RGBA buffer.
import jsQR from 'jsqr';

/** Options for {@link decodeQr}. */
export interface DecodeQrOptions {
  /** Also try light-on-dark codes; doubles the work, so camera frames switch it off. Default true. */
  tryInverted?: boolean;
}

/** Decodes the first QR code in an RGBA image (4 bytes per pixel, row-major); its text, or null. */
export function decodeQr(
  data: Uint8ClampedArray,
  width: number,
  height: number,
  options: DecodeQrOptions = {},
): string | null {
  return readQr(data, width, height, options)?.text ?? null;
}

/** The text of the first QR code and the width of one of its modules in pixels, or null. */
function readQr(data: Uint8ClampedArray, width: number, height: number, options: DecodeQrOptions): { text: string; moduleSize: number } | null {
  if (width <= 0 || height <= 0 || data.length < width * height * 4) return null;
  const result = jsQR(data, width, height, {
    inversionAttempts: options.tryInverted === false ? 'dontInvert' : 'attemptBoth',
  });
  // An empty payload is never one of ours and is what jsqr returns for some misreads.
  if (!result || result.data === '') return null;
  const { topLeftCorner: a, topRightCorner: b } = result.location;
  return { text: result.data, moduleSize: Math.hypot(b.x - a.x, b.y - a.y) / (17 + 4 * result.version) };
}

/** RGBA at half width and height, each pixel the grey mean of a 2×2 block (a quarter of jsqr's work). */
export function halfScale(data: Uint8ClampedArray, width: number, height: number): { data: Uint8ClampedArray; width: number; height: number } {
  const w = width >> 1;
  const h = height >> 1;
  const out = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const a = (2 * y * width + 2 * x) * 4;
      const b = a + width * 4;
      // jsqr greys with 0.299/0.587/0.114 too; green alone is a close, cheap stand-in per pixel.
      const grey = (data[a + 1]! + data[a + 5]! + data[b + 1]! + data[b + 5]!) >> 2;
      const o = (y * w + x) * 4;
      out[o] = out[o + 1] = out[o + 2] = grey;
      out[o + 3] = 255;
    }
  }
  return { data: out, width: w, height: h };
}

// Modules at least this wide (px, full resolution) are still 2 px wide at half resolution: enough.
const HALF_ENOUGH = 3.5;

/**
 * Decodes a stream of camera frames with jsqr (the fallback when ZXing's .wasm cannot load). A code that fills much of the frame decodes at half
 * resolution in about a third of the time; a small one needs every pixel. The decoder tries
 * the scale that worked last first, so a steady scene pays for one scale per frame, and after
 * a full-resolution read it goes back to half first when the code's modules are wide enough
 * (one blurred frame of a large code must not cost full resolution for the rest of the scan).
 */
export class FrameDecoder {
  private halfFirst = true;
  /** Which scale read the last frame (null: none did); what a caller or test can watch. */
  lastScale: 'half' | 'full' | null = null;

  /** The text of the QR code in an RGBA camera frame (dark on light), or null. */
  decode(data: Uint8ClampedArray, width: number, height: number): string | null {
    const dark = { tryInverted: false };
    const half = () => (width >= 480 ? readQr(...spread(halfScale(data, width, height)), dark) : null);
    const full = () => readQr(data, width, height, dark);
    const order = this.halfFirst ? ([['half', half], ['full', full]] as const) : ([['full', full], ['half', half]] as const);
    for (const [scale, read] of order) {
      const found = read();
      if (found === null) continue;
      this.lastScale = scale;
      this.halfFirst = scale === 'half' || found.moduleSize >= HALF_ENOUGH;
      return found.text;
    }
    this.lastScale = null;
    return null;
  }
}

const spread = (i: { data: Uint8ClampedArray; width: number; height: number }) => [i.data, i.width, i.height] as const;
