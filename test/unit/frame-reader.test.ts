// Which engine reads a frame: native → ZXing → jsqr, and jsqr when ZXing's .wasm cannot load.
import { describe, expect, it, vi } from 'vitest';
import { nodeZxing } from '../../src/cli/zxing-node';
import { decodeQr } from '../../src/scan/decode-image';
import { createFrameReader, type ReadFn } from '../../src/scan/frame-reader';
import { loadZxing } from '../../src/scan/zxing-reader';
import { renderCode, toRgba } from '../bench/camera-frames';

const TEXT = 'BBP1:S:ENGINES';
const f = renderCode(TEXT, { fill: 0.6 }, 320, 240);
const image = { data: toRgba(f), width: f.width, height: f.height };
const jsqr = async (): Promise<ReadFn> => ({ data, width, height }) => decodeQr(data, width, height);

describe('createFrameReader', () => {
  // First: zxing-wasm keeps one module per process, the last one loaded (see zxing-reader.ts).
  it('falls back to jsqr when the .wasm cannot be compiled, and does not try to load it again', async () => {
    const failing = vi.fn(() => loadZxing({ wasmBinary: new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 2, 3]) }));
    const read = createFrameReader({ native: Promise.resolve(null), loadZxing: failing, loadJsqr: jsqr });
    expect(await read(image, 'frame')).toEqual({ text: TEXT, engine: 'jsqr' });
    expect(await read(image, 'photo')).toEqual({ text: TEXT, engine: 'jsqr' });
    expect(failing).toHaveBeenCalledTimes(1);
  });

  it('reads with ZXing where there is no native detector', async () => {
    const read = createFrameReader({ native: Promise.resolve(null), loadZxing: nodeZxing, loadJsqr: jsqr });
    expect(await read(image, 'frame')).toEqual({ text: TEXT, engine: 'zxing' });
  });

  it('prefers the native detector, and asks ZXing when it fails on a frame', async () => {
    const loadZxing = vi.fn(nodeZxing);
    const native = vi.fn<ReadFn>(() => 'BBP1:S:NATIVE');
    const read = createFrameReader({ native: Promise.resolve(native), loadZxing, loadJsqr: jsqr });
    expect(await read(image, 'frame')).toEqual({ text: 'BBP1:S:NATIVE', engine: 'native' });
    expect(loadZxing).not.toHaveBeenCalled();
    native.mockImplementation(() => {
      throw new Error('detector lost');
    });
    expect(await read(image, 'frame')).toEqual({ text: TEXT, engine: 'zxing' });
  });
});
