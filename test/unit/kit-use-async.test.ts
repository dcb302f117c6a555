// The load-then-set rule behind ui/kit's useAsync: an answer reaches the screen only while the
// load that asked for it is current; a failure (rejected or thrown) arrives as 'failed'.
import { describe, expect, it } from 'vitest';
import { startLoad } from '../../src/ui/kit/use-async';

/** A promise the test settles by hand, so the order of answers is chosen, not timed. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('startLoad', () => {
  it('hands a result to the setter', async () => {
    const seen: unknown[] = [];
    startLoad(() => Promise.resolve(42), (v) => seen.push(v));
    await settle();
    expect(seen).toEqual([42]);
  });

  it('reports a rejection and a synchronous throw as failed, never as an unhandled error', async () => {
    const seen: unknown[] = [];
    startLoad(() => Promise.reject(new Error('no database')), (v) => seen.push(v));
    startLoad(
      () => {
        throw new Error('thrown before any promise');
      },
      (v) => seen.push(v),
    );
    await settle();
    expect(seen).toEqual(['failed', 'failed']);
  });

  it('drops the answer of a load that was stopped, even when it arrives after the newer one', async () => {
    const seen: unknown[] = [];
    const first = deferred<string>();
    const second = deferred<string>();
    const stopFirst = startLoad(() => first.promise, (v) => seen.push(v));
    stopFirst(); // deps changed: a new load starts
    startLoad(() => second.promise, (v) => seen.push(v));
    second.resolve('new pass');
    await settle();
    first.resolve('old pass');
    await settle();
    expect(seen).toEqual(['new pass']);
  });

  it('drops a failure after stop too (the screen is gone)', async () => {
    const seen: unknown[] = [];
    const load = deferred<string>();
    const stop = startLoad(() => load.promise, (v) => seen.push(v));
    stop();
    load.reject(new Error('late'));
    await settle();
    expect(seen).toEqual([]);
  });
});
