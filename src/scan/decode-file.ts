// "From a photo" fallback: for people without camera permission or with a screenshot of a code.
import { createDecoder, type DecodeResult, type QrDecoder } from './decode-client';

// Photos are 12+ megapixels; a first pass at screen size is fast and usually enough, the
// second, larger pass catches small codes in a big picture.
const PASSES = [1280, 2560];

/** Decodes the first QR code in an image file (JPEG, PNG, …); its text, or null. */
export async function decodeFile(
  file: Blob,
  options: { signal?: AbortSignal; decoder?: QrDecoder } = {},
): Promise<DecodeResult> {
  const { signal } = options;
  const bitmap = await createImageBitmap(file);
  const decoder = options.decoder ?? createDecoder();
  try {
    let result: DecodeResult = { text: null, engine: 'jsqr' };
    const largest = Math.max(bitmap.width, bitmap.height);
    for (const [i, maxSide] of PASSES.entries()) {
      if (i > 0 && largest <= PASSES[i - 1]!) break;
      signal?.throwIfAborted();
      result = await decoder.decode(draw(bitmap, maxSide), { signal, tryInverted: true });
      if (result.text !== null) break;
    }
    return result;
  } finally {
    bitmap.close();
    if (!options.decoder) decoder.close();
  }
}

function draw(bitmap: ImageBitmap, maxSide: number): ImageData {
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const w = Math.max(1, Math.round(bitmap.width * scale));
  const h = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(w, h);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('2d canvas unavailable');
  // White first, so transparent PNG codes do not decode as black on black.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, w, h);
  context.drawImage(bitmap, 0, 0, w, h);
  return context.getImageData(0, 0, w, h);
}
