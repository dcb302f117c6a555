// `bbpass qr` renders payload text to PNG with the same library as the app; `bbpass scan`
// reads PNG or JPEG with the app's own decoder (src/scan/decode-image.ts).
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { decodeQr } from '../../scan/decode-image';
import { parseArgs } from '../args';
import { CliError, readText, shown } from '../io';

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
  const bytes = readFileSync(path);
  const ext = extname(path).toLowerCase();
  try {
    if (ext === '.png') {
      const png = PNG.sync.read(bytes);
      return { data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), width: png.width, height: png.height };
    }
    if (ext === '.jpg' || ext === '.jpeg') {
      const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 256 });
      return { data: new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length), width: img.width, height: img.height };
    }
  } catch {
    throw new CliError(`${path}: not a readable ${ext.slice(1).toUpperCase()} image`);
  }
  throw new CliError(`${path}: only PNG and JPEG images are supported`);
}

/** Runs `bbpass scan`: prints the QR text of each image, one per line; exit 2 if one has none. */
export async function scanCommand(argv: string[]): Promise<number> {
  const a = parseArgs(argv, []);
  if (a.positional.length === 0) throw new CliError('scan: name one or more PNG or JPEG files');
  for (const path of a.positional) {
    const img = rgba(path);
    const text = decodeQr(img.data, img.width, img.height);
    if (text === null) throw new CliError(`${path}: no QR code found`);
    process.stdout.write(`${shown(text)}\n`);
  }
  return 0;
}
