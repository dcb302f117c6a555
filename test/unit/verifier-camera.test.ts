// The fake camera's frame selection (test/browser/verifier-camera.ts) must determine the
// message: a looped video of frames without full rank stalls the scan short of 100 % for good
// (as "8 frames, 80 %" did for a 5-fragment presentation signed at an unlucky second).
import { describe, expect, it } from 'vitest';
import { FountainDecoder, fromText } from '../../src/core';
import { genuineStamps, lossySeqNums, presentationFrames } from '../browser/verifier-camera';

const NOW = Date.UTC(2026, 8, 15, 10) / 1000;

describe('lossy fake-camera frames', () => {
  it.each([1, 2, 3, 4, 5, 6, 8, 30])('%i stamps, signed at 40 different seconds: the shown frames reach full rank', (count) => {
    const stamps = genuineStamps(NOW, count);
    for (let ago = 0; ago < 40; ago++) {
      const frames = presentationFrames(NOW, stamps, NOW - ago);
      const seqNums = lossySeqNums(frames);
      expect(seqNums.every((n) => n % 4 !== 0)).toBe(true);
      const decoder = new FountainDecoder();
      for (const n of seqNums) decoder.receive(fromText(frames.text(n)).bytes);
      expect(decoder.progress.estimatedFraction, `signed ${ago} s before`).toBe(1); // rank = seqLen
      expect(decoder.done).toBe(true);
    }
  });
});
