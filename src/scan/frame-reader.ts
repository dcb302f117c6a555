// Which decoder reads a frame: the platform's BarcodeDetector where it reads QR codes, else
// ZXing in WebAssembly, else (the .wasm could not be fetched or compiled) jsqr. Each engine is
// loaded on first need only, and an engine that cannot load is not asked again.
import type { DecodeEngine } from './decode-protocol';
import type { RgbaImage, ZxingReadFn } from './zxing-reader';

/** One engine's read of an image: its QR text, or null. */
export type ReadFn = (image: RgbaImage, kind: 'frame' | 'photo') => Promise<string | null> | string | null;

/** How the engines are found; injected, so tests can make any of them fail. */
export interface FrameReaderEngines {
  /** The platform's detector, or null where it has none for QR. */
  native: Promise<ReadFn | null>;
  loadZxing(): Promise<ZxingReadFn>;
  loadJsqr(): Promise<ReadFn>;
}

/** What one read found, and which engine found it (or looked last). */
export interface FrameReading {
  text: string | null;
  engine: DecodeEngine;
}

/** A reader over the engines: the first available of native → zxing → jsqr. */
export function createFrameReader(engines: FrameReaderEngines): (image: RgbaImage, kind: 'frame' | 'photo') => Promise<FrameReading> {
  let zxing: Promise<ZxingReadFn | null> | undefined;
  let jsqr: Promise<ReadFn> | undefined;
  return async (image, kind) => {
    const native = await engines.native;
    if (native) {
      try {
        return { text: await native(image, kind), engine: 'native' };
      } catch {
        // A native failure on one frame is no reason to give up on the frame: try the others.
      }
    }
    // A CSP without 'wasm-unsafe-eval', an offline first scan or an old browser: jsqr from then on.
    zxing ??= engines.loadZxing().catch(() => null);
    const z = await zxing;
    if (z) {
      try {
        return { text: await z(image, kind), engine: 'zxing' };
      } catch {
        // Out of wasm memory on a huge photo, say: jsqr still gets its chance.
      }
    }
    jsqr ??= engines.loadJsqr();
    return { text: await (await jsqr)(image, kind), engine: 'jsqr' };
  };
}
