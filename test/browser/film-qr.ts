// A verifier's camera in the tests: films an animated QR code on a page through the one core
// assembler until a message is complete, whatever frames it catches in whatever order.
import type { Locator } from 'playwright-core';
import { PayloadAssembler, type AssembleResult } from '../../src/core';
import { readQr } from './holder-steps';

/** What filming found: the completed payload and the texts of its message (frames of a message re-signed meanwhile are left out). */
export interface Filmed {
  readonly payload: Extract<AssembleResult, { status: 'complete' }>;
  readonly texts: string[];
}

/** Reads `qr` until a payload is complete; undefined if none is within `timeoutMs`. */
export async function filmPayload(qr: Locator, timeoutMs: number): Promise<Filmed | undefined> {
  const assembler = new PayloadAssembler();
  const frames: Array<[string, string]> = [];
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    const text = await readQr(qr);
    const r = assembler.receive(text);
    if (r.status === 'progress' || r.status === 'complete') frames.push([r.message ?? '', text]);
    if (r.status === 'complete') return { payload: r, texts: frames.filter(([m]) => m === r.message).map(([, t]) => t) };
  }
  return undefined;
}
