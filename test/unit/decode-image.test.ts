import { describe, expect, it } from 'vitest';
import { decodeQr } from '../../src/scan/decode-image';
import { qrLumaPlane } from '../browser/y4m';

/** Grey plane → RGBA, the layout canvas getImageData and the CLI's PNG reader produce. */
function rgba(luma: Uint8Array, invert = false): Uint8ClampedArray {
  const out = new Uint8ClampedArray(luma.length * 4);
  luma.forEach((v, i) => out.set([invert ? 255 - v : v, invert ? 255 - v : v, invert ? 255 - v : v, 255], i * 4));
  return out;
}

describe('decodeQr', () => {
  it('reads back the text of a rendered QR code', () => {
    const text = 'BBP1:S:0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
    expect(decodeQr(rgba(qrLumaPlane(text, { width: 320, height: 240 })), 320, 240)).toBe(text);
  });

  it('reads a small code in a large frame', () => {
    expect(decodeQr(rgba(qrLumaPlane('BBP1:S:SMALL', { fill: 0.25 })), 640, 480)).toBe('BBP1:S:SMALL');
  });

  it('reads light-on-dark codes unless told not to try', () => {
    const inverted = rgba(qrLumaPlane('BBP1:S:INVERTED', { width: 320, height: 240 }), true);
    expect(decodeQr(inverted, 320, 240)).toBe('BBP1:S:INVERTED');
    expect(decodeQr(inverted, 320, 240, { tryInverted: false })).toBeNull();
  });

  it('returns null for an image without a code and for inconsistent dimensions', () => {
    expect(decodeQr(new Uint8ClampedArray(100 * 100 * 4).fill(255), 100, 100)).toBeNull();
    expect(decodeQr(new Uint8ClampedArray(16), 100, 100)).toBeNull();
    expect(decodeQr(new Uint8ClampedArray(0), 0, 0)).toBeNull();
  });
});
