// Fake camera input for Chromium (--use-file-for-fake-video-capture): a one-frame Y4M video
// that shows a QR code. Chromium loops the file, so the camera "films" the code forever.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import QRCode from 'qrcode';

/** Size and placement of the QR code in the frame. */
export interface QrFrameOptions {
  width?: number;
  height?: number;
  /** Fraction of the frame height the code (with its quiet zone) may fill. */
  fill?: number;
}

const QUIET = 4;
const BLACK = 16;
const WHITE = 235;

/** A luma (Y) plane, one byte per pixel, with `text` as a QR code (level M) centred on white. */
export function qrLumaPlane(text: string, options: QrFrameOptions = {}): Uint8Array {
  const { width = 640, height = 480, fill = 0.8 } = options;
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const span = modules.size + 2 * QUIET;
  const scale = Math.max(1, Math.floor((Math.min(width, height) * fill) / span));
  const left = Math.floor((width - modules.size * scale) / 2);
  const top = Math.floor((height - modules.size * scale) / 2);
  const plane = new Uint8Array(width * height).fill(WHITE);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++) {
        const start = (top + row * scale + y) * width + left + col * scale;
        plane.fill(BLACK, start, start + scale);
      }
    }
  }
  return plane;
}

/** Writes a one-frame 4:2:0 Y4M file showing `text` as a QR code; returns the path. */
export function writeQrY4m(path: string, text: string, options: QrFrameOptions = {}): string {
  return writeQrSequenceY4m(path, [text], options);
}

/**
 * Writes a Y4M video at one frame per second that shows each text as a QR code in turn (Chromium
 * loops it), like an office holding up several codes one after another; returns the path.
 */
export function writeQrSequenceY4m(path: string, texts: readonly string[], options: QrFrameOptions = {}): string {
  const { width = 640, height = 480 } = options;
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${texts.length > 1 ? '1:1' : '30:1'} Ip A1:1 C420jpeg\n`, 'ascii');
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128); // 128 = no colour
  const frames = texts.flatMap((text) => [Buffer.from('FRAME\n', 'ascii'), qrLumaPlane(text, options), chroma, chroma]);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, Buffer.concat([header, ...frames]));
  return path;
}
