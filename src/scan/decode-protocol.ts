// Message shapes between the main thread and decode-worker.ts; types only, so importing
// them never pulls worker code (ZXing, jsqr) into the main bundle.

/** Which decoder produced a result: the platform's BarcodeDetector, ZXing in WebAssembly, or jsqr (when the .wasm cannot load). */
export type DecodeEngine = 'native' | 'zxing' | 'jsqr';

/** Main thread → worker: one frame to decode. */
export interface DecodeRequest {
  id: number;
  image: ImageData;
  tryInverted: boolean;
}

/** Worker → main thread: the answer to the request with the same id. */
export interface DecodeResponse {
  id: number;
  text: string | null;
  engine: DecodeEngine;
  /** Set when decoding could not run at all (e.g. the jsqr chunk failed to load). */
  error?: string;
}
