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
  if (width <= 0 || height <= 0 || data.length < width * height * 4) return null;
  const result = jsQR(data, width, height, {
    inversionAttempts: options.tryInverted === false ? 'dontInvert' : 'attemptBoth',
  });
  // An empty payload is never one of ours and is what jsqr returns for some misreads.
  return result && result.data !== '' ? result.data : null;
}
