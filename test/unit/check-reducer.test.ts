// The verifier's check as a pure reducer: what each scanned text, file, verdict, idle timeout and
// "next check" does to the screen, with the real assembler producing the texts' results.
import { describe, expect, it } from 'vitest';
import { FrameTextEncoder, PayloadAssembler, toText, type CheckResult } from '../../src/core';
import { DEFAULT_VERIFIER_SETTINGS } from '../../src/storage/verifier/verifier-api';
import { checkBusy, checkReducer, INITIAL_CHECK, takesText, type CheckEvent, type CheckPhase } from '../../src/ui/verifier/check-reducer';

const NOW = 1_780_000_000;
const settings = DEFAULT_VERIFIER_SETTINGS;
const bytesOf = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed * 7 + ((i * i) >> 3)) & 0xff);
// Incompressible enough to need several frames at a 100-byte fragment.
const encoder = (seed: number) => new FrameTextEncoder('presentation', bytesOf(900, seed), 100);
// The reducer never looks inside a verdict: any non-refused result stands for one.
const verdict = { kind: 'stamp', items: [] } as unknown as CheckResult;

/** Feeds texts as the hook does: through one assembler, each result dispatched with `fed` and `now`. */
function scan(state: CheckPhase, texts: readonly string[], assembler = new PayloadAssembler()): CheckPhase {
  return texts.reduce((p, text) => {
    if (!takesText(p)) return checkReducer(p, { type: 'text', result: { status: 'duplicate' }, fed: 0, now: NOW });
    const result = assembler.receive(text);
    return checkReducer(p, { type: 'text', result, fed: assembler.progress.received, now: NOW });
  }, state);
}

const run = (state: CheckPhase, ...events: CheckEvent[]) => events.reduce(checkReducer, state);

describe('checkReducer', () => {
  it('shows the progress of each new frame', () => {
    const e = encoder(1);
    const p = scan(INITIAL_CHECK, [e.text(1), e.text(2)]);
    expect(p).toMatchObject({ step: 'scanning', progress: { received: 2, total: e.seqLen } });
    expect(p).not.toHaveProperty('problem');
  });

  it('a frame of a new message is kept: that message completes after its own frames only', () => {
    const a = encoder(2);
    const b = encoder(3);
    const assembler = new PayloadAssembler();
    let p = scan(INITIAL_CHECK, [a.text(1), a.text(2)], assembler);
    p = scan(p, [b.text(1)], assembler);
    expect(p).toMatchObject({ step: 'scanning', progress: { received: 1, total: b.seqLen } });
    p = scan(p, b.texts(b.seqLen).slice(1), assembler);
    expect(p).toMatchObject({ step: 'checking', received: b.seqLen, checkedAt: NOW, payload: { kind: 'presentation' } });
    expect(p.step === 'checking' && [...p.payload.bytes]).toEqual([...bytesOf(900, 3)]);
  });

  it('checks a complete payload, then shows its verdict until staff start the next check', () => {
    const e = encoder(4);
    let p = scan(INITIAL_CHECK, e.texts(e.seqLen));
    expect(p.step).toBe('checking');
    expect(checkBusy(p)).toBe(true);
    expect(scan(p, [e.text(1)])).toBe(p); // texts wait while the payload is checked
    p = run(p, { type: 'checked', result: verdict, settings });
    expect(p).toEqual({ step: 'result', result: verdict, checkedAt: NOW, received: e.seqLen, settings });
    expect(scan(p, [e.text(1)])).toBe(p); // and while the result is shown
    expect(run(p, { type: 'reset' })).toEqual({ step: 'scanning' });
  });

  it('counts a single code as one text received, whatever came before it', () => {
    const e = encoder(5);
    const single = toText('stamp', Uint8Array.of(0xa0));
    expect(scan(INITIAL_CHECK, [e.text(1), e.text(2), single])).toMatchObject({ step: 'checking', received: 1, payload: { kind: 'stamp' } });
  });

  it('shows a refusal above the scanner and goes on scanning', () => {
    const e = encoder(6);
    const p = run(scan(INITIAL_CHECK, e.texts(e.seqLen)), { type: 'checked', result: { kind: 'refused', reason: 'unsupported-version' }, settings });
    expect(p).toEqual({ step: 'scanning', problem: 'unsupported-version' });
    expect(takesText(p)).toBe(true);
  });

  it('keeps the progress when a text is rejected, and names it', () => {
    const e = encoder(7);
    const assembler = new PayloadAssembler();
    let p = scan(INITIAL_CHECK, [e.text(1)], assembler);
    p = scan(p, ['hello'], assembler);
    expect(p).toMatchObject({ step: 'scanning', problem: 'not-a-payload', progress: { received: 1 } });
    p = checkReducer(p, { type: 'text', result: { status: 'rejected', reason: 'checksum-mismatch' }, fed: 1, now: NOW });
    expect(p).toMatchObject({ problem: 'malformed', progress: { received: 1 } });
    expect(scan(p, [e.text(2)], assembler)).toEqual({ step: 'scanning', progress: expect.objectContaining({ received: 2 }) });
  });

  it('checks a file at the time it was chosen, with its progress, and waits with scanned texts meanwhile', () => {
    const e = encoder(8);
    let p = run(scan(INITIAL_CHECK, [e.text(1)]), { type: 'file', now: NOW + 5 });
    expect(p).toEqual({ step: 'scanning', fileAt: NOW + 5 });
    expect(checkBusy(p)).toBe(true);
    expect(scan(p, [e.text(2)])).toBe(p);
    expect(run(p, { type: 'file', now: NOW + 6 })).toBe(p); // one file at a time
    p = run(p, { type: 'file-progress', read: 64, total: 128 });
    expect(p).toEqual({ step: 'scanning', fileAt: NOW + 5, progress: { received: 64, solved: 0, total: 128, estimatedFraction: 0.5 } });
    expect(run(p, { type: 'checked', result: verdict, settings, received: 128 })).toEqual({ step: 'result', result: verdict, checkedAt: NOW + 5, received: 128, settings });
    expect(run(p, { type: 'problem', problem: 'several-payloads' })).toEqual({ step: 'scanning', problem: 'several-payloads' });
  });

  it('forgets a cancelled file: its late progress and verdict change nothing', () => {
    const p = run(INITIAL_CHECK, { type: 'file', now: NOW }, { type: 'reset' });
    expect(p).toBe(INITIAL_CHECK);
    expect(run(p, { type: 'file-progress', read: 1, total: 2 })).toBe(p);
    expect(run(p, { type: 'checked', result: verdict, settings, received: 2 })).toBe(p);
  });

  it('clears a shown result after the idle timeout, and only a result', () => {
    const e = encoder(9);
    const shown = run(scan(INITIAL_CHECK, e.texts(e.seqLen)), { type: 'checked', result: verdict, settings });
    expect(run(shown, { type: 'idle' })).toEqual({ step: 'scanning', problem: 'cleared' });
    expect(run(INITIAL_CHECK, { type: 'idle' })).toBe(INITIAL_CHECK);
  });
});
