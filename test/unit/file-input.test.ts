// The one file input reads text only up to the payload file limit and never throws on a file
// it cannot read: it names the reason instead (the screen shows it).
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/core';
import { readFileText } from '../../src/ui/kit/file-input';

describe('readFileText', () => {
  it('reads a file up to the limit, the limit included', async () => {
    expect(await readFileText(new Blob(['BBP1:S:ABC\n']))).toEqual({ ok: true, text: 'BBP1:S:ABC\n' });
    const full = await readFileText(new Blob([new Uint8Array(MAX_FILE_BYTES)]));
    expect(full.ok && full.text.length).toBe(MAX_FILE_BYTES);
  });

  it('refuses a larger file unread', async () => {
    const big = new Blob([new Uint8Array(MAX_FILE_BYTES + 1)]);
    big.text = () => Promise.reject(new Error('must not be read'));
    expect(await readFileText(big)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('says a file could not be read instead of throwing', async () => {
    const gone = new Blob(['x']);
    gone.text = () => Promise.reject(new DOMException('The file could not be read', 'NotReadableError'));
    expect(await readFileText(gone)).toEqual({ ok: false, reason: 'unreadable' });
  });
});
