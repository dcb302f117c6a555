// `bbpass scan IMAGE…`: one line per image in order (its text, or empty), on past images
// without a code, with the app's decoder (ZXing in WebAssembly) and the documented exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeQr } from '../../src/scan/decode-image';
import { cameraFrame, renderCode, toRgba, type LumaFrame } from '../bench/camera-frames';

const BIN = fileURLToPath(new URL('../../src/cli/bbpass.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bbpass-scan-'));
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, 'scan', ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const png = (name: string, f: LumaFrame) => {
  const p = new PNG({ width: f.width, height: f.height });
  p.data = Buffer.from(toRgba(f).buffer);
  writeFileSync(join(dir, name), PNG.sync.write(p));
};
const STAMPISH = 'BBP1:S:' + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.repeat(9);
// A blurred, noisy, dim, tilted JPEG camera frame that jsqr does not read (checked below).
const NOISY = cameraFrame(STAMPISH, 0.5, 'combined', 4);

beforeAll(() => {
  png('a.png', renderCode('BBP1:S:FIRST', { fill: 0.6 }, 320, 240));
  png('b.png', renderCode('BBP1:S:SECOND', { fill: 0.6 }, 320, 240));
  png('blank.png', { luma: new Uint8Array(320 * 240).fill(255), width: 320, height: 240 });
  png('noisy.png', NOISY);
  const rgba = Buffer.from(toRgba(renderCode('BBP1:S:JPEG', { fill: 0.6 }, 320, 240)).buffer);
  writeFileSync(join(dir, 'c.jpg'), jpeg.encode({ data: rgba, width: 320, height: 240 }, 80).data);
  writeFileSync(join(dir, 'broken.png'), 'not a png');
});

describe('bbpass scan', () => {
  it('prints one line per image in order and exits 0 when every image had a code', () => {
    expect(run('a.png', 'c.jpg', 'b.png')).toMatchObject({ code: 0, out: 'BBP1:S:FIRST\nBBP1:S:JPEG\nBBP1:S:SECOND\n' });
  });

  it('goes on past an image without a code: an empty line for it, exit 1', () => {
    const r = run('a.png', 'blank.png', 'b.png');
    expect(r).toMatchObject({ code: 1, out: 'BBP1:S:FIRST\n\nBBP1:S:SECOND\n' });
    expect(r.err).toContain('blank.png');
  });

  it('exits 2 when a file cannot be read, still printing a line for every image', () => {
    const r = run('a.png', 'missing.png', 'broken.png', 'blank.png', 'b.png');
    expect(r).toMatchObject({ code: 2, out: 'BBP1:S:FIRST\n\n\n\nBBP1:S:SECOND\n' });
    expect(r.err).toContain('missing.png');
    expect(r.err).toContain('broken.png');
  });

  it("reads with the app's decoder: a noisy camera frame jsqr misses", () => {
    expect(decodeQr(toRgba(NOISY), NOISY.width, NOISY.height)).toBeNull();
    expect(run('noisy.png')).toMatchObject({ code: 0, out: `${STAMPISH}\n` });
  });
});
