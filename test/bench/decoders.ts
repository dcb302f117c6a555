// The decoder bench of issue 18: camera-like frames (test/bench/camera-frames.ts) read by every
// decoder path the app can take, side by side in one run. Native BarcodeDetector is not in Node
// (nor in Windows/Linux Chrome, which is why ZXing is there); jsqr is what runs when the .wasm
// cannot load. Read rates come from the first run; times are, per frame, the median of RUNS runs.
import { readBarcodes } from 'zxing-wasm/reader';
import { createPresentation, demoWorld, encodeCbor, presentationToCbor, stampToCbor, toText, FrameTextEncoder } from '../../src/core';
import { nodeZxing } from '../../src/cli/zxing-node';
import { decodeQr, FrameDecoder } from '../../src/scan/decode-image';
import { ZXING_FRAME_OPTIONS } from '../../src/scan/zxing-reader';
import { cameraFrame, toRgba, DEGRADATIONS, type Degradation } from './camera-frames';

const FILLS = [0.8, 0.5, 0.35] as const;
const PER_CELL = 10; // half a typical stamp (QR version 14), half presentation frames
const NO_CODE = 20;
const RUNS = 3;

type Image = { data: Uint8ClampedArray; width: number; height: number };
type Path = { name: string; fresh(): (img: Image) => Promise<string | null> | string | null };
interface Frame {
  image: Image;
  text: string | null;
  fill: number | null;
  degradation: Degradation | 'no code';
}

/** One figure for results.json and the printed table. */
export interface DecoderFigure {
  name: string;
  value: number;
  unit: string;
  budget?: { max: number } | { min: number };
}

function frames(now: number): Frame[] {
  const w = demoWorld(now);
  const stamp = toText('stamp', encodeCbor(stampToCbor(w.stamps[1]!)));
  const p = createPresentation(w.holder, w.holderKeys, [...w.stamps, ...w.stamps], now - 10);
  const enc = new FrameTextEncoder('presentation', encodeCbor(presentationToCbor(p)));
  const out: Frame[] = [];
  let seed = 1;
  for (const fill of FILLS) {
    for (const degradation of DEGRADATIONS) {
      for (let k = 0; k < PER_CELL; k++) {
        const text = k % 2 === 0 ? stamp : enc.text(k + 1);
        const f = cameraFrame(text, fill, degradation, seed++);
        out.push({ image: { data: toRgba(f), width: f.width, height: f.height }, text, fill, degradation });
      }
    }
  }
  for (let k = 0; k < NO_CODE; k++) {
    const f = cameraFrame(null, 0, k % 2 ? 'combined' : 'clean', seed++);
    out.push({ image: { data: toRgba(f), width: f.width, height: f.height }, text: null, fill: null, degradation: 'no code' });
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const r1 = (x: number) => Math.round(x * 10) / 10;

/** Runs the bench, prints its side-by-side table and returns the figures with their budgets. */
export async function benchDecoders(now: number, out: (line: string) => void): Promise<DecoderFigure[]> {
  const zxing = await nodeZxing();
  const paths: Path[] = [
    { name: 'zxing-wasm (the app)', fresh: () => (img) => zxing(img, 'frame') },
    { name: 'zxing-wasm, tryHarder', fresh: () => async (img) => (await readBarcodes(img as ImageData, { ...ZXING_FRAME_OPTIONS, tryHarder: true }))[0]?.text ?? null },
    { name: 'jsqr full resolution', fresh: () => (img) => decodeQr(img.data, img.width, img.height, { tryInverted: false }) },
    // The app's jsqr strategy; one decoder per cell, fed the cell's frames in order like a scene.
    { name: 'jsqr half-res strategy', fresh: () => { const d = new FrameDecoder(); return (img) => d.decode(img.data, img.width, img.height); } },
  ];
  const all = frames(now);
  const cells = [...new Set(all.map((f) => `${f.degradation}@${f.fill}`))];
  // ok[path][frame], ms[path][frame][run]
  const ok = paths.map(() => all.map(() => false));
  const ms = paths.map(() => all.map(() => [] as number[]));
  for (let run = 0; run < RUNS; run++) {
    for (const [p, path] of paths.entries()) {
      for (const cell of cells) {
        const read = path.fresh();
        for (const [i, f] of all.entries()) {
          if (`${f.degradation}@${f.fill}` !== cell) continue;
          const t0 = performance.now();
          const text = await read(f.image);
          ms[p]![i]!.push(performance.now() - t0);
          if (run === 0) ok[p]![i] = text === f.text;
        }
      }
    }
  }
  const perFrame = ms.map((m) => m.map(median));
  const pick = (pred: (f: Frame) => boolean) => all.flatMap((f, i) => (pred(f) ? [i] : []));
  const rate = (p: number, idx: number[]) => Math.round((100 * idx.filter((i) => ok[p]![i]).length) / idx.length);
  const med = (p: number, idx: number[]) => r1(median(idx.map((i) => perFrame[p]![i]!)));
  const worst = (p: number, idx: number[]) => r1(Math.max(...idx.map((i) => perFrame[p]![i]!)));

  out(`\nQR decoding of ${all.length} camera-like 640×480 frames (${PER_CELL} per cell, ${NO_CODE} without a code), per frame: read % · median ms (median of ${RUNS} runs)`);
  out(['degradation @ fill'.padEnd(20), ...paths.map((p) => p.name.padStart(24))].join(''));
  for (const cell of cells) {
    const idx = pick((f) => `${f.degradation}@${f.fill}` === cell);
    const label = cell.startsWith('no code') ? 'no code' : cell.replace('@', ' @ ').replace(/0\.(\d+)$/, (_, d: string) => `${d.padEnd(2, '0')} %`);
    out([label.padEnd(20), ...paths.map((_, p) => `${cell.startsWith('no code') ? '' : `${rate(p, idx)} % · `}${med(p, idx)} ms`.padStart(24))].join(''));
  }
  const coded = pick((f) => f.text !== null);
  const none = pick((f) => f.text === null);
  const combined50 = pick((f) => f.degradation === 'combined' && f.fill === 0.5);
  out(['all with a code'.padEnd(20), ...paths.map((_, p) => `${rate(p, coded)} % · ${med(p, coded)} ms`.padStart(24))].join(''));
  out(['worst frame'.padEnd(20), ...paths.map((_, p) => `${worst(p, all.map((_, i) => i))} ms`.padStart(24))].join(''));

  const figures: DecoderFigure[] = [];
  for (const [p, path] of paths.entries()) {
    const app = p === 0; // the budgets are the app's; the other paths are printed beside them
    figures.push(
      { name: `QR ${path.name}: read rate, combined degradations, code at 50 % of the frame height`, value: rate(p, combined50), unit: '%', ...(app ? { budget: { min: 90 } } : {}) },
      { name: `QR ${path.name}: read rate, all ${coded.length} frames with a code`, value: rate(p, coded), unit: '%' },
      { name: `QR ${path.name}: median ms per frame`, value: med(p, all.map((_, i) => i)), unit: 'ms', ...(app ? { budget: { max: 10 } } : {}) },
      { name: `QR ${path.name}: median ms for a frame with no code`, value: med(p, none), unit: 'ms', ...(app ? { budget: { max: 10 } } : {}) },
      { name: `QR ${path.name}: worst ms for a frame with no code`, value: worst(p, none), unit: 'ms' },
      { name: `QR ${path.name}: worst ms per frame`, value: worst(p, all.map((_, i) => i)), unit: 'ms' },
    );
  }
  return figures;
}
