// Main-thread side of check-worker.ts: one worker per file, terminated when the file is done
// or the check is cancelled, so an abandoned file costs nothing further.
import type { FileCheckMessage, FileCheckOutcome, TrustState } from './check-protocol';

/** Options of one file check. */
export interface FileCheckOptions {
  /** Aborting terminates the worker and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Called as the file is read: payload texts read of all. */
  onProgress?(read: number, total: number): void;
}

/** Reads, assembles and verifies a presentation file in a worker at `now` (seconds) under `trust`. */
export function checkFileOffThread(file: Blob, trust: TrustState, now: number, options: FileCheckOptions = {}): Promise<FileCheckOutcome> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module', name: 'file-check' });
  return new Promise<FileCheckOutcome>((resolve, reject) => {
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => (end(), reject(signal?.reason));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<FileCheckMessage>) => {
      const m = event.data;
      if (m.type === 'progress') return onProgress?.(m.read, m.total);
      end();
      resolve(m.outcome);
    };
    // A worker that fails to load (CSP, missing chunk) would otherwise leave the check waiting forever.
    worker.onerror = (event) => (end(), reject(new Error(`file check worker failed: ${event.message || 'load error'}`)));
    worker.postMessage({ file, trust, now });
  });
}
