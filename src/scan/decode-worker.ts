// Web Worker that turns frames into QR text off the main thread. It prefers the platform's
// BarcodeDetector (fast, native, on Android/ChromeOS/macOS) and falls back to jsqr, which
// is imported only here so it never lands in the start bundle.
import type { DecodeRequest, DecodeResponse } from './decode-protocol';

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
}

const scope = globalThis as unknown as WorkerScope;
const native = createNativeDetector();
// Loaded on first use: devices with a native detector never parse jsqr at all.
let fallback: Promise<typeof import('./decode-image')> | undefined;
let frames: import('./decode-image').FrameDecoder | undefined;

async function createNativeDetector(): Promise<NativeDetector | null> {
  const Detector = scope.BarcodeDetector;
  if (!Detector) return null;
  try {
    // Some platforms expose the class but support no formats (e.g. desktop Linux).
    const formats = await Detector.getSupportedFormats();
    return formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : null;
  } catch {
    // A detector that cannot even list its formats is no detector: every frame goes to jsqr.
    return null;
  }
}

async function decode(request: DecodeRequest): Promise<DecodeResponse> {
  const { id, image, tryInverted } = request;
  const detector = await native;
  if (detector) {
    try {
      const codes = await detector.detect(image);
      return { id, text: codes[0]?.rawValue || null, engine: 'native' };
    } catch {
      // A native failure on one frame is no reason to give up on the frame: use jsqr.
    }
  }
  fallback ??= import('./decode-image');
  const { decodeQr, FrameDecoder } = await fallback;
  // Camera frames (never inverted) go through the adaptive decoder; photos get the full search.
  if (tryInverted) return { id, text: decodeQr(image.data, image.width, image.height), engine: 'jsqr' };
  frames ??= new FrameDecoder();
  return { id, text: frames.decode(image.data, image.width, image.height), engine: 'jsqr' };
}

scope.onmessage = (event) => {
  void decode(event.data).then((response) => scope.postMessage(response), (error: unknown) =>
    scope.postMessage({ id: event.data.id, text: null, engine: 'jsqr', error: String(error) }),
  );
};
