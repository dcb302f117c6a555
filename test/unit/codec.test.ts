import { describe, expect, it } from 'vitest';
import { base45Decode, base45Encode, decodeCbor, encodeCbor, fromHex, toHex, tagged, DecodeError, fromText, toText } from '../../src/core';

const utf8Encode = (s: string) => new TextEncoder().encode(s);

const hex = (h: string) => fromHex(h.replace(/\s/g, ''));
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DecodeError ? e.code : `not a DecodeError: ${String(e)}`;
  }
  return 'accepted';
};

describe('Base45 (RFC 9285 examples)', () => {
  it.each([
    ['AB', 'BB8'],
    ['Hello!!', '%69 VD92EX0'],
    ['base-45', 'UJCLQE7W581'],
    ['ietf!', 'QED8WEX0'],
  ])('%s <-> %s', (plain, enc) => {
    expect(base45Encode(utf8Encode(plain))).toBe(enc);
    expect(new TextDecoder().decode(base45Decode(enc))).toBe(plain);
  });

  it('refuses groups out of range, a dangling character and foreign characters', () => {
    expect(code(() => base45Decode('GGW'))).toBe('bad-base45');
    expect(code(() => base45Decode('BB8A'))).toBe('bad-base45');
    expect(code(() => base45Decode('bb8'))).toBe('bad-base45');
  });
});

describe('CBOR profile', () => {
  it('encodes RFC 8949 Appendix A examples', () => {
    const cases: Array<[Parameters<typeof encodeCbor>[0], string]> = [
      [0, '00'], [23, '17'], [24, '1818'], [100, '1864'], [1000, '1903e8'], [1000000, '1a000f4240'],
      [1000000000000, '1b000000e8d4a51000'], [-1, '20'], [-1000, '3903e7'], ['IETF', '6449455446'],
      ['ü', '62c3bc'], [[1, [2, 3], [4, 5]], '8301820203820405'], [false, 'f4'], [null, 'f6'],
      [new Map<number | string, 1 | 2>([['a', 1], ['b', 2]]), 'a2616101616202'], [tagged(18, []), 'd280'],
    ];
    for (const [v, h] of cases) {
      expect(toHex(encodeCbor(v))).toBe(h);
      expect(decodeCbor(hex(h))).toEqual(v);
    }
  });

  it('sorts map keys bytewise (integers before text, shorter first)', () => {
    const m = new Map<number | string, number>([['b', 1], [-1, 2], [24, 3], [1, 4]]);
    expect(toHex(encodeCbor(m))).toBe('a4' + '0104' + '1818' + '03' + '2002' + '616201');
  });

  it.each([
    ['non-shortest integer', '1817', 'not-canonical'],
    ['non-shortest length', '5800', 'not-canonical'],
    ['indefinite array', '9f01ff', 'not-canonical'],
    ['unsorted map', 'a2020101 01'.replace(' ', ''), 'not-canonical'],
    ['duplicate key', 'a201010102', 'not-canonical'],
    ['float', 'f93c00', 'unsupported-type'],
    ['undefined', 'f7', 'unsupported-type'],
    ['integer beyond 2^53', '1b0020000000000000', 'unsupported-type'],
    ['byte-string key', 'a14100 01'.replace(' ', ''), 'unsupported-type'],
    ['trailing byte', '0000', 'trailing-bytes'],
    ['truncated', '1903', 'truncated'],
    ['array longer than its input', '9affffffff', 'truncated'],
    ['invalid utf-8', '62c328', 'bad-utf8'],
    ['nesting bomb', '81'.repeat(40) + '00', 'too-large'],
  ])('rejects %s', (_name, h, expected) => {
    expect(code(() => decodeCbor(hex(h)))).toBe(expected);
  });
});

describe('wire text', () => {
  it('round-trips and ignores surrounding white space from scanners', () => {
    const t = toText('stamp', Uint8Array.of(1, 2, 3));
    expect(t.startsWith('BBP1:S:')).toBe(true);
    expect(fromText(` ${t}\r\n`)).toEqual({ kind: 'stamp', bytes: Uint8Array.of(1, 2, 3) });
  });

  it('names a future generation unsupported and anything else a bad prefix', () => {
    expect(code(() => fromText('BBP2:S:00'))).toBe('unsupported-version');
    expect(code(() => fromText('BBP1:Z:00'))).toBe('bad-prefix');
    expect(code(() => fromText('HC1:6BF'))).toBe('bad-prefix');
  });
});
