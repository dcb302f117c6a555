// Web Worker that reads, assembles and verifies a presentation file off the main thread: a
// file of thousands of frames takes seconds of elimination, which froze the verifier's tab
// (issue 13, item 6). Every limit is checked before the work it bounds (FORMAT.md §3.5).
import { assemble, bestVerifier, checkPayload, DecodeError, decodeReason, fileTexts, MAX_FILE_BYTES, TrustStore } from '../core';
import type { FileCheckMessage, FileCheckOutcome, FileCheckRequest, FileRefusal } from './check-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<FileCheckRequest>) => void) | null;
  postMessage(message: FileCheckMessage): void;
}

const scope = globalThis as unknown as WorkerScope;
/** Progress is posted at most this often (in texts), so messages never outnumber the work. */
const PROGRESS_STEP = 64;

// Anything but a DecodeError means the file itself could not be read.
function refusalOf(e: unknown): FileRefusal {
  if (!(e instanceof DecodeError)) return 'file-unreadable';
  const reason = decodeReason(e, ['too-large', 'several-payloads', 'incomplete', 'not-a-payload', 'unsupported-version']);
  return reason === 'incomplete' ? 'file-incomplete' : reason;
}

async function check({ file, trust, now }: FileCheckRequest): Promise<FileCheckOutcome> {
  if (file.size > MAX_FILE_BYTES) return { status: 'refused', reason: 'too-large' };
  let payload: ReturnType<typeof assemble>;
  let texts: string[];
  try {
    texts = fileTexts(await file.text());
    payload = assemble(texts, (read) => {
      if (read % PROGRESS_STEP === 0 || read === texts.length) scope.postMessage({ type: 'progress', read, total: texts.length });
    });
  } catch (e) {
    return { status: 'refused', reason: refusalOf(e) };
  }
  const verify = await bestVerifier();
  const store = new TrustStore(trust.anchors);
  for (const l of trust.lists) await store.offer(l, verify);
  const start = performance.now();
  const result = await checkPayload(payload.kind, payload.bytes, { trust: store, now, verify, certCache: new Map() }, { mode: 'file', maxAge: 0 });
  const verifyMs = performance.now() - start;
  return result.kind === 'refused' ? { status: 'refused', reason: result.reason } : { status: 'checked', result, texts: texts.length, verifyMs };
}

scope.onmessage = (event) => {
  void check(event.data).then(
    (outcome) => scope.postMessage({ type: 'done', outcome }),
    () => scope.postMessage({ type: 'done', outcome: { status: 'refused', reason: 'file-unreadable' } }),
  );
};
