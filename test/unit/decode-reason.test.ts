// The one DecodeError → reason table: each caller tells apart only the reasons it names, every
// other code is 'malformed', and the table read backwards gives the code a reason is thrown with.
import { describe, expect, it } from 'vitest';
import { decodeCodeOf, decodeReason, type DecodeReason } from '../../src/core/decode-reason';
import { DecodeError, type DecodeErrorCode } from '../../src/core/errors';

const err = (code: DecodeErrorCode) => new DecodeError(code, 'test');
const ALL: DecodeReason[] = ['not-a-payload', 'unsupported-version', 'too-large', 'weak-key', 'incomplete', 'several-payloads', 'malformed'];

describe('decodeReason', () => {
  it('names the reasons a caller tells apart and calls every other code malformed', () => {
    expect(decodeReason(err('bad-prefix'), ['not-a-payload'])).toBe('not-a-payload');
    expect(decodeReason(err('bad-prefix'), ['unsupported-version'])).toBe('malformed');
    expect(decodeReason(err('unsupported-version'), ['unsupported-version'])).toBe('unsupported-version');
    expect(decodeReason(err('truncated'), ['incomplete'])).toBe('incomplete');
    expect(decodeReason(err('truncated'), ['unsupported-version', 'too-large'])).toBe('malformed'); // truncated CBOR is damage
    expect(decodeReason(err('bad-structure'), ['several-payloads'])).toBe('several-payloads');
    expect(decodeReason(err('weak-key'), ['weak-key'])).toBe('weak-key');
    expect(decodeReason(err('too-large'), ['too-large'])).toBe('too-large');
    for (const code of ['bad-base45', 'bad-frame', 'checksum-mismatch', 'not-canonical', 'bad-utf8'] as const) expect(decodeReason(err(code), ALL)).toBe('malformed');
  });

  it('re-throws anything but a DecodeError (a bug, not bad input)', () => {
    const bug = new TypeError('bug');
    expect(() => decodeReason(bug, ALL)).toThrow(bug);
  });

  it('reads backwards to the code each reason is thrown with', () => {
    for (const reason of ALL) expect(decodeReason(err(decodeCodeOf(reason, 'bad-frame')), ALL)).toBe(reason);
    expect(decodeCodeOf('malformed', 'bad-frame')).toBe('bad-frame');
  });
});
