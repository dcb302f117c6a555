// The scanner with two animated codes in view (issue 13, item 7) and the limits of a payload
// file (item 6): interleaved messages never stall it, a file never silently drops a payload.
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../src/core/errors';
import { encodeFrame } from '../../src/core/fountain/frame';
import { toText } from '../../src/core/wire';
import { assemble, fileTexts, FrameTextEncoder, MAX_FILE_BYTES, MAX_FILE_LINES, MAX_IN_FLIGHT, PayloadAssembler, type AssembleResult } from '../../src/core/transfer';

const bytesOf = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed * 7 + ((i * i) >> 3)) & 0xff);
// Incompressible enough to need several frames at a 100-byte fragment.
const encoder = (seed: number) => new FrameTextEncoder('presentation', bytesOf(900, seed), 100);

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof DecodeError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('PayloadAssembler with two codes in view', () => {
  it('completes both of two interleaved animated codes, each after no more frames than alone', () => {
    const a = encoder(1);
    const b = encoder(2);
    expect(a.seqLen).toBeGreaterThan(3);
    const assembler = new PayloadAssembler();
    const done: AssembleResult[] = [];
    let fed = 0;
    for (let n = 1; done.length < 2 && n <= 4 * a.seqLen; n++) {
      for (const e of [a, b]) {
        const r = assembler.receive(e.text(n));
        fed++;
        if (r.status === 'complete') done.push(r);
      }
    }
    expect(done.map((r) => r.status === 'complete' && [...r.bytes.slice(0, 4)])).toEqual([[...bytesOf(900, 1).slice(0, 4)], [...bytesOf(900, 2).slice(0, 4)]]);
    expect(fed).toBe(a.seqLen + b.seqLen);
  });

  it('keeps the frame that brought a new message and reports progress of the message fed', () => {
    const a = encoder(3);
    const b = encoder(4);
    const assembler = new PayloadAssembler();
    expect(assembler.receive(a.text(1))).toMatchObject({ status: 'progress', progress: { received: 1 } });
    const r = assembler.receive(b.text(1));
    expect(r).toMatchObject({ status: 'progress', progress: { received: 1, total: b.seqLen } });
    // A later message never throws away the earlier one: it still completes with its own frames only.
    let last: AssembleResult | undefined;
    for (let n = 2; n <= a.seqLen; n++) last = assembler.receive(a.text(n));
    expect(last?.status).toBe('complete');
  });

  it('restarts on a new message with the frame that brought it: that frame is never dropped', () => {
    const a = encoder(5);
    const b = encoder(6);
    const c = encoder(7);
    const assembler = new PayloadAssembler();
    // Half of one message, then another: the new message completes after exactly its own
    // fragments, so its first frame counted (a scanner that restarted and dropped it would need one more).
    for (let n = 1; n < a.seqLen / 2; n++) assembler.receive(a.text(n));
    const fromB = b.texts(b.seqLen).map((t) => assembler.receive(t));
    expect(fromB[0]).toMatchObject({ status: 'progress', progress: { received: 1, total: b.seqLen } });
    expect(fromB.slice(0, -1).every((r) => r.status === 'progress')).toBe(true);
    expect(fromB.at(-1)).toMatchObject({ status: 'complete', kind: 'presentation' });
    // The same right after a message completed (the trust import's next list).
    const fromC = c.texts(c.seqLen).map((t) => assembler.receive(t));
    expect(fromC[0]).toMatchObject({ status: 'progress', progress: { received: 1 } });
    const last = fromC.at(-1);
    expect(last?.status === 'complete' && [...last.bytes]).toEqual([...bytesOf(900, 7)]);
  });

  it(`assembles at most ${MAX_IN_FLIGHT} messages at once, evicting the one fed least recently`, () => {
    const assembler = new PayloadAssembler();
    const encoders = Array.from({ length: MAX_IN_FLIGHT + 1 }, (_, i) => encoder(10 + i));
    for (const e of encoders) assembler.receive(e.text(1));
    expect(assembler.messages).toBe(MAX_IN_FLIGHT);
    // The first message was evicted: its frame 2 starts it anew (received 1 again).
    expect(assembler.receive(encoders[0]!.text(2))).toMatchObject({ status: 'progress', progress: { received: 1 } });
    // The last one is still there.
    expect(assembler.receive(encoders[MAX_IN_FLIGHT]!.text(2))).toMatchObject({ status: 'progress', progress: { received: 2 } });
  });

  it('refuses a frame that claims more than 4,096 fragments as too-large, before any work', () => {
    const frame = encodeFrame({ seqNum: 1, seqLen: 4097, messageLen: 4097, checksum: 1, data: new Uint8Array(1) });
    const assembler = new PayloadAssembler();
    expect(assembler.receive(toText('frame', frame))).toEqual({ status: 'rejected', reason: 'too-large' });
    expect(assembler.messages).toBe(0);
  });
});

describe('assemble (a payload file)', () => {
  it('refuses the frames of two messages instead of dropping the second', () => {
    const a = encoder(5);
    const b = encoder(6);
    expect(codeOf(() => assemble([...a.texts(a.seqLen), ...b.texts(b.seqLen)]))).toBe('bad-structure');
    expect(codeOf(() => assemble([...a.texts(a.seqLen), b.text(1)]))).toBe('bad-structure');
    expect([...assemble(a.texts(a.seqLen + 2)).bytes]).toEqual([...bytesOf(900, 5)]);
  });

  it('refuses a file over its byte or line limit at once', () => {
    expect(codeOf(() => fileTexts('x'.repeat(MAX_FILE_BYTES + 1)))).toBe('too-large');
    expect(fileTexts(' a \r\n\nb\n')).toEqual(['a', 'b']);
    expect(codeOf(() => assemble(Array.from({ length: MAX_FILE_LINES + 1 }, () => 'BBP1:F:')))).toBe('too-large');
  });
});
