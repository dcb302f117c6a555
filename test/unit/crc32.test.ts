import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/core/crc32';

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
  });

  it('matches published values for short inputs', () => {
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(ascii('a'))).toBe(0xe8b7be43);
    expect(crc32(ascii('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
    expect(crc32(new Uint8Array(32))).toBe(0x190a55ad);
    expect(crc32(new Uint8Array(32).fill(0xff))).toBe(0xff6cab0b);
  });

  it('is unsigned and agrees with zlib on 1,000 random inputs', () => {
    let seed = 12345;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16;
    for (let k = 0; k < 1000; k++) {
      const bytes = new Uint8Array(next() % 600);
      for (let i = 0; i < bytes.length; i++) bytes[i] = next() & 0xff;
      const c = crc32(bytes);
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBe(zlibCrc32(bytes));
    }
  });

  it('respects subarray offsets', () => {
    const whole = ascii('xx123456789yy');
    expect(crc32(whole.subarray(2, 11))).toBe(0xcbf43926);
  });
});
