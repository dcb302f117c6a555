// ZXing-C++ compiled to WebAssembly (zxing-wasm, reader build): the QR decoder wherever the
// platform has no BarcodeDetector for QR (Windows and Linux Chrome, Firefox, Node's `bbpass
// scan`). Pure: the caller says where the .wasm comes from (a URL of the app's own origin in
// the worker, the bytes from node_modules in the CLI), so nothing is ever fetched from a CDN.
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';

/** Where the module's .wasm comes from: its bytes, or a same-origin URL. */
export type ZxingWasmSource = { wasmBinary: ArrayBuffer | Uint8Array } | { wasmUrl: string };

/** An RGBA image (4 bytes per pixel, row-major), as canvas getImageData and the CLI's readers give. */
export interface RgbaImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Reads the QR code in one image; its text, or null. */
export type ZxingReadFn = (image: RgbaImage, kind: 'frame' | 'photo') => Promise<string | null>;

// Camera frames: one dark-on-light QR code held roughly upright, many frames a second, so no
// inverted or 90°-rotated retries (a missed frame costs 100 ms, a retry on every empty frame
// would cost each of them). tryHarder off: on the bench's camera frames it read no frame more
// and took twice as long (test/bench/decoders.ts prints both).
/** The reader options for camera frames (the bench compares them with tryHarder on). */
export const ZXING_FRAME_OPTIONS: ReaderOptions = {
  formats: ['QRCode'],
  maxNumberOfSymbols: 1,
  tryHarder: false,
  tryRotate: false,
  tryInvert: false,
  tryDownscale: true,
  textMode: 'Plain',
};
// A photo or screenshot is decoded once: the full search is worth its time there.
const PHOTO: ReaderOptions = { ...ZXING_FRAME_OPTIONS, tryRotate: true, tryInvert: true };

// zxing-wasm keeps one module per process (the worker and the CLI each load one source, once);
// loading another source replaces it for every reader made before.
/** Compiles the reader from `source`; rejects when the WebAssembly cannot be loaded or compiled (CSP, offline, old browser). */
export async function loadZxing(source: ZxingWasmSource): Promise<ZxingReadFn> {
  const overrides =
    'wasmBinary' in source
      ? { wasmBinary: source.wasmBinary instanceof Uint8Array ? source.wasmBinary.slice().buffer : source.wasmBinary }
      : { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? source.wasmUrl : prefix + path) };
  await prepareZXingModule({ overrides, fireImmediately: true });
  return async (image, kind) => {
    if (image.width <= 0 || image.height <= 0 || image.data.length < image.width * image.height * 4) return null;
    const [found] = await readBarcodes(image as ImageData, kind === 'frame' ? ZXING_FRAME_OPTIONS : PHOTO);
    // An empty payload is never one of ours (jsqr's path refuses it too).
    return found?.isValid && found.text !== '' ? found.text : null;
  };
}
