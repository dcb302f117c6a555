import { describe, expect, it } from 'vitest';
import { decodeQr, FrameDecoder, halfScale } from '../../src/scan/decode-image';
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

describe('FrameDecoder', () => {
  const stampSized = 'BBP1:S:' + '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(14);
  const frame = (fill: number) => rgba(qrLumaPlane(stampSized, { fill }));

  it('halves an image by 2x2 means', () => {
    const img = new Uint8ClampedArray(4 * 4 * 4).fill(255);
    img.set([0, 0, 0, 255], 0); // one black pixel of the top-left block: mean 191
    const h = halfScale(img, 4, 4);
    expect([h.width, h.height, h.data.length]).toEqual([2, 2, 16]);
    expect([...h.data.slice(0, 8)]).toEqual([191, 191, 191, 255, 255, 255, 255, 255]);
  });

  it('reads large and small codes, switching scale as the code changes size', () => {
    const d = new FrameDecoder();
    expect(d.decode(frame(0.8), 640, 480)).toBe(stampSized); // half resolution is enough
    expect(d.decode(frame(0.5), 640, 480)).toBe(stampSized); // needs full resolution
    expect(d.decode(frame(0.5), 640, 480)).toBe(stampSized);
    expect(d.decode(frame(0.8), 640, 480)).toBe(stampSized);
    expect(d.decode(new Uint8ClampedArray(640 * 480 * 4).fill(255), 640, 480)).toBeNull();
  });

  it('goes back to half resolution once a large code is in view again (it stuck to full after one small code)', () => {
    const d = new FrameDecoder();
    expect(d.decode(frame(0.5), 640, 480)).toBe(stampSized);
    expect(d.lastScale).toBe('full');
    expect(d.decode(frame(0.8), 640, 480)).toBe(stampSized);
    expect(d.decode(frame(0.8), 640, 480)).toBe(stampSized);
    expect(d.lastScale).toBe('half');
  });
});
