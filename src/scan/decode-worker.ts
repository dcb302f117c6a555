// Web Worker that turns frames into QR text off the main thread: the platform's BarcodeDetector
// where it reads QR codes (Android, ChromeOS, macOS), else ZXing in WebAssembly (Windows and
// Linux Chrome, Firefox), else jsqr. ZXing and jsqr are imported only here, on first need, so
// they never land in the start bundle; the .wasm comes from the app's own origin.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { DecodeRequest, DecodeResponse } from './decode-protocol';
import { createFrameReader, type ReadFn } from './frame-reader';

interface NativeDetector {
  detect(source: ImageData): Promise<Array<{ rawValue: string }>>;
}
interface NativeDetectorClass {
  new (options: { formats: string[] }): NativeDetector;
  getSupportedFormats(): Promise<string[]>;
}
interface WorkerScope {
  onmessage: ((event: MessageEvent<DecodeRequest>) => void) | null;
  postMessage(message: DecodeResponse): void;
  BarcodeDetector?: NativeDetectorClass;
  readonly navigator: { readonly onLine: boolean };
  readonly location: { readonly href: string };
  readonly caches?: CacheStorage;
}

const scope = globalThis as unknown as WorkerScope;

async function createNativeDetector(): Promise<ReadFn | null> {
  const Detector = scope.BarcodeDetector;
  if (!Detector) return null;
  try {
    // Some platforms expose the class but support no formats (e.g. desktop Linux).
    const formats = await Detector.getSupportedFormats();
    if (!formats.includes('qr_code')) return null;
    const detector = new Detector({ formats: ['qr_code'] });
    return async (image) => (await detector.detect(image as ImageData))[0]?.rawValue || null;
  } catch {
    // A detector that cannot even list its formats is no detector.
    return null;
  }
}

async function loadJsqr(): Promise<ReadFn> {
  const { decodeQr, FrameDecoder } = await import('./decode-image');
  const frames = new FrameDecoder();
  // Camera frames (never inverted) go through the adaptive decoder; photos get the full search.
  return ({ data, width, height }, kind) => (kind === 'photo' ? decodeQr(data, width, height) : frames.decode(data, width, height));
}

const cachedWasm = async (): Promise<boolean> => (await scope.caches?.match(new URL(wasmUrl, scope.location.href).href)) !== undefined;

const read = createFrameReader({
  native: createNativeDetector(),
  loadZxing: async () => {
    // The .wasm is cached on first use, not precached: offline and not yet cached, loading it
    // could only fail (noisily, in the console), so this scan reads with jsqr straight away.
    if (!scope.navigator.onLine && !(await cachedWasm())) throw new Error('offline, and the decoder is not cached yet');
    return (await import('./zxing-reader')).loadZxing({ wasmUrl });
  },
  loadJsqr,
});

scope.onmessage = (event) => {
  const { id, image, tryInverted } = event.data;
  void read(image, tryInverted ? 'photo' : 'frame').then(
    ({ text, engine }) => scope.postMessage({ id, text, engine }),
    (error: unknown) => scope.postMessage({ id, text: null, engine: 'jsqr', error: String(error) }),
  );
};
