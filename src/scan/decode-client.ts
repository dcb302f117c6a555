import type { DecodeEngine, DecodeRequest, DecodeResponse } from './decode-protocol';

/** What one decode call found. */
export interface DecodeResult {
  text: string | null;
  engine: DecodeEngine;
}

/** Options for one decode call. */
export interface DecodeCallOptions {
  tryInverted?: boolean;
  signal?: AbortSignal;
}

/** A handle on one decode worker. */
export interface QrDecoder {
  /** Decodes one frame; the frame's pixel buffer is transferred to the worker and unusable after. */
  decode(image: ImageData, options?: DecodeCallOptions): Promise<DecodeResult>;
  /** Terminates the worker and rejects every pending call. */
  close(): void;
}

interface Pending {
  resolve(result: DecodeResult): void;
  reject(error: unknown): void;
}

/** Starts a decode worker. */
export function createDecoder(): QrDecoder {
  const worker = new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module', name: 'qr-decoder' });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closedWith: unknown;

  const failAll = (error: unknown) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.onmessage = (event: MessageEvent<DecodeResponse>) => {
    const { id, text, engine, error } = event.data;
    const p = pending.get(id);
    pending.delete(id);
    if (error) p?.reject(new Error(`QR decoding failed: ${error}`));
    else p?.resolve({ text, engine });
  };
  worker.onerror = (event) => {
    // A worker that fails to load (CSP, missing chunk) would otherwise leave callers waiting forever.
    closedWith = new Error(`QR decode worker failed: ${event.message || 'load error'}`);
    failAll(closedWith);
  };

  return {
    decode(image, options = {}) {
      if (closedWith) return Promise.reject(closedWith);
      const { signal, tryInverted = false } = options;
      if (signal?.aborted) return Promise.reject(signal.reason);
      const id = nextId++;
      return new Promise<DecodeResult>((resolve, reject) => {
        const onAbort = () => {
          pending.delete(id);
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        pending.set(id, {
          resolve: (r) => (signal?.removeEventListener('abort', onAbort), resolve(r)),
          reject: (e) => (signal?.removeEventListener('abort', onAbort), reject(e)),
        });
        const request: DecodeRequest = { id, image, tryInverted };
        worker.postMessage(request, [image.data.buffer]);
      });
    },
    close() {
      worker.terminate();
      closedWith ??= new DOMException('decoder closed', 'AbortError');
      failAll(closedWith);
    },
  };
}
