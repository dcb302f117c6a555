// `bbpass qr` renders payload text to PNG with the same library as the app; `bbpass scan`
// reads PNG or JPEG with the app's own decoder (ZXing in WebAssembly, src/scan/zxing-reader.ts).
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { parseArgs } from '../args';
import { CliError, readText, shown } from '../io';
import { nodeZxing } from '../zxing-node';

/** Runs `bbpass qr`: one PNG per payload line (NAME.png, or NAME-01.png … for frames). */
export async function qrCommand(argv: string[]): Promise<number> {
  const a = parseArgs(argv, ['out', 'ec', 'scale']);
  const lines = readText(a.positional[0] ?? '-').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) throw new CliError('qr: empty input');
  const ec = (a.get('ec') ?? 'M').toUpperCase();
  if (!['L', 'M', 'Q', 'H'].includes(ec)) throw new CliError('--ec: L, M, Q or H');
  const out = a.need('out').replace(/\.png$/i, '');
  for (const [i, text] of lines.entries()) {
    const file = lines.length === 1 ? `${out}.png` : `${out}-${String(i + 1).padStart(2, '0')}.png`;
    await QRCode.toFile(file, text, { errorCorrectionLevel: ec as 'M', scale: Number(a.get('scale') ?? 4), margin: 4 });
    const v = QRCode.create(text, { errorCorrectionLevel: ec as 'M' }).version;
    process.stdout.write(`${shown(file)}\tversion ${v}\t${text.length} characters\n`);
  }
  return 0;
}

function rgba(path: string): { data: Uint8ClampedArray; width: number; height: number } {
  const ext = extname(path).toLowerCase();
  if (ext !== '.png' && ext !== '.jpg' && ext !== '.jpeg') throw new CliError(`${path}: only PNG and JPEG images are supported`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  try {
    if (ext === '.png') {
      const png = PNG.sync.read(bytes);
      return { data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), width: png.width, height: png.height };
    }
    const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 256 });
    return { data: new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length), width: img.width, height: img.height };
  } catch {
    throw new CliError(`${path}: not a readable ${ext.slice(1).toUpperCase()} image`);
  }
}

/**
 * Runs `bbpass scan`: one line per image, in order: its QR text, or an empty line (the reason
 * on stderr). Exit 0 when every image had a code, 1 when some had none, 2 when a file could not be read.
 */
export async function scanCommand(argv: string[]): Promise<number> {
  const a = parseArgs(argv, []);
  if (a.positional.length === 0) throw new CliError('scan: name one or more PNG or JPEG files');
  const read = await nodeZxing();
  let code = 0;
  for (const path of a.positional) {
    let text: string | null = null;
    try {
      text = await read(rgba(path), 'photo');
      if (text === null) process.stderr.write(`${shown(path)}: no QR code found\n`);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      process.stderr.write(`${shown(e.message)}\n`);
      code = 2;
    }
    if (text === null) code = Math.max(code, 1);
    process.stdout.write(`${text === null ? '' : shown(text)}\n`);
  }
  return code;
}
