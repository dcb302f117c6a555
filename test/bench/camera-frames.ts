// Camera-like frames for the decoder bench and the fake-camera tests: a QR code seen by a
// webcam or a cheap phone, not a perfect bitmap. Deterministic: every frame follows from a
// seed, so a bench run and a test see the same pixels on every machine.
import jpeg from 'jpeg-js';
import QRCode from 'qrcode';

/** One way a camera spoils a frame; `combined` is all of them at once. */
export type Degradation = 'clean' | 'blur' | 'noise' | 'light' | 'geometry' | 'jpeg' | 'combined';

/** Every degradation the bench reports, clean first. */
export const DEGRADATIONS: readonly Degradation[] = ['clean', 'blur', 'noise', 'light', 'geometry', 'jpeg', 'combined'];

/** A grey frame, one byte per pixel. */
export interface LumaFrame {
  luma: Uint8Array;
  width: number;
  height: number;
}

/** A small seeded generator (mulberry32), so frames are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const QUIET = 4;

/** The 3×3 matrix that maps the unit square's corners (0,0),(1,0),(1,1),(0,1) onto `q`. */
function squareToQuad(q: ReadonlyArray<readonly [number, number]>): number[] {
  const [[x0, y0], [x1, y1], [x2, y2], [x3, y3]] = q as [[number, number], [number, number], [number, number], [number, number]];
  const dx1 = x1 - x2, dx2 = x3 - x2, dy1 = y1 - y2, dy2 = y3 - y2;
  const sx = x0 - x1 + x2 - x3, sy = y0 - y1 + y2 - y3;
  const den = dx1 * dy2 - dx2 * dy1;
  const g = (sx * dy2 - dx2 * sy) / den;
  const h = (dx1 * sy - sx * dy1) / den;
  return [x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h, 1];
}

/** The inverse of a 3×3 matrix (adjugate; the scale does not matter for a homography). */
function invert3(m: number[]): number[] {
  const [a, b, c, d, e, f, g, h, i] = m as [number, number, number, number, number, number, number, number, number];
  return [e * i - f * h, c * h - b * i, b * f - c * e, f * g - d * i, a * i - c * g, c * d - a * f, d * h - e * g, b * g - a * h, a * e - b * d];
}

/** Where and how the code lies in the frame. */
export interface Pose {
  /** Fraction of the frame height the code with its quiet zone fills. */
  fill: number;
  /** Rotation in degrees. */
  rotate?: number;
  /** Perspective: how much shorter the top edge is than the bottom (0.1 = 10 %). */
  keystone?: number;
  /** Offset of the centre from the frame's centre, as fractions of the frame. */
  shift?: readonly [number, number];
}

/**
 * Renders `text` (QR, level M) dark 0 on light 255 into a width×height frame, posed as given,
 * with 3×3 supersampling so module edges are grey as a lens makes them.
 */
export function renderCode(text: string, pose: Pose, width = 640, height = 480): LumaFrame {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size + 2 * QUIET;
  const side = height * pose.fill;
  const cx = width / 2 + (pose.shift?.[0] ?? 0) * width;
  const cy = height / 2 + (pose.shift?.[1] ?? 0) * height;
  const k = (pose.keystone ?? 0) / 2;
  const a = ((pose.rotate ?? 0) * Math.PI) / 180;
  const corners = ([[-0.5 + k, -0.5], [0.5 - k, -0.5], [0.5, 0.5], [-0.5, 0.5]] as const).map(
    ([x, y]) => [cx + side * (x * Math.cos(a) - y * Math.sin(a)), cy + side * (x * Math.sin(a) + y * Math.cos(a))] as const,
  );
  const inv = invert3(squareToQuad(corners));
  const dark = (px: number, py: number): boolean => {
    const w = inv[6]! * px + inv[7]! * py + inv[8]!;
    const u = ((inv[0]! * px + inv[1]! * py + inv[2]!) / w) * n - QUIET;
    const v = ((inv[3]! * px + inv[4]! * py + inv[5]!) / w) * n - QUIET;
    const col = Math.floor(u);
    const row = Math.floor(v);
    return col >= 0 && row >= 0 && col < modules.size && row < modules.size && Boolean(modules.get(row, col));
  };
  const luma = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let d = 0;
      for (let sy = 0; sy < 3; sy++) for (let sx = 0; sx < 3; sx++) if (dark(x + (sx + 0.5) / 3, y + (sy + 0.5) / 3)) d++;
      luma[y * width + x] = Math.round(255 * (1 - d / 9));
    }
  }
  return { luma, width, height };
}

/** A scene with no code in it: a desk-like gradient with rectangles, lines and noise. */
export function renderScene(seed: number, width = 640, height = 480): LumaFrame {
  const rnd = seeded(seed);
  const luma = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) luma[y * width + x] = 90 + Math.round((110 * (x + y)) / (width + height));
  for (let r = 0; r < 12; r++) {
    const x0 = Math.floor(rnd() * width), y0 = Math.floor(rnd() * height);
    const w = 10 + Math.floor(rnd() * 200), h = 4 + Math.floor(rnd() * 120), v = Math.floor(rnd() * 256);
    for (let y = y0; y < Math.min(height, y0 + h); y++) luma.fill(v, y * width + x0, y * width + Math.min(width, x0 + w));
  }
  return { luma, width, height };
}

/** Separable box blur of the given radius, `passes` times (two or more come close to a Gaussian). */
export function blur(f: LumaFrame, radius: number, passes = 1): LumaFrame {
  let cur: Float32Array = Float32Array.from(f.luma);
  const { width, height } = f;
  const pass = (src: Float32Array, horizontal: boolean): Float32Array => {
    const out = new Float32Array(src.length);
    const len = horizontal ? width : height;
    const lines = horizontal ? height : width;
    for (let l = 0; l < lines; l++) {
      const at = (i: number) => (horizontal ? l * width + i : i * width + l);
      for (let i = 0; i < len; i++) {
        let s = 0;
        for (let d = -radius; d <= radius; d++) s += src[at(Math.min(len - 1, Math.max(0, i + d)))]!;
        out[at(i)] = s / (2 * radius + 1);
      }
    }
    return out;
  };
  for (let i = 0; i < passes; i++) cur = pass(pass(cur, true), false);
  return { ...f, luma: Uint8Array.from(cur, (v) => Math.round(v)) };
}

/** Gaussian sensor noise of standard deviation `sigma` grey levels. */
export function noise(f: LumaFrame, sigma: number, rnd: () => number): LumaFrame {
  const luma = f.luma.map((v) => {
    const g = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
    return Math.max(0, Math.min(255, Math.round(v + sigma * g)));
  });
  return { ...f, luma };
}

/** Low contrast (black at `low`, white at `high`) under light that falls off across the frame and towards the corners. */
export function unevenLight(f: LumaFrame, low: number, high: number, rnd: () => number): LumaFrame {
  const { width, height } = f;
  const angle = rnd() * 2 * Math.PI;
  const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
  const luma = new Uint8Array(f.luma.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const nx = x / width - 0.5, ny = y / height - 0.5;
      const light = 0.95 + 0.35 * (nx * dx + ny * dy) - 0.5 * (nx * nx + ny * ny);
      const v = low + ((high - low) * f.luma[y * width + x]!) / 255;
      luma[y * width + x] = Math.max(0, Math.min(255, Math.round(v * light)));
    }
  }
  return { ...f, luma };
}

/** A JPEG round trip at `quality` (what a webcam's MJPEG stream or a phone photo does). */
export function jpegRoundTrip(f: LumaFrame, quality: number): LumaFrame {
  const { width, height } = f;
  const rgba = Buffer.alloc(width * height * 4);
  f.luma.forEach((v, i) => (rgba[4 * i] = rgba[4 * i + 1] = rgba[4 * i + 2] = v, rgba[4 * i + 3] = 255));
  const out = jpeg.decode(jpeg.encode({ data: rgba, width, height }, quality).data, { useTArray: true });
  return { ...f, luma: Uint8Array.from({ length: width * height }, (_, i) => out.data[4 * i + 1]!) };
}

/** One camera-like frame of `text` (or of no code when text is null) at `fill`, spoiled by `degradation`, from `seed`. */
export function cameraFrame(text: string | null, fill: number, degradation: Degradation, seed: number, width = 640, height = 480): LumaFrame {
  const rnd = seeded(seed);
  const geometry = degradation === 'geometry' || degradation === 'combined';
  // Held by hand: a little off centre, tilted up to ±6°, the top up to 12 % further away.
  const pose: Pose = {
    fill,
    shift: [(rnd() - 0.5) * 0.2 * (1 - fill), (rnd() - 0.5) * 0.2 * (1 - fill)],
    ...(geometry ? { rotate: (rnd() * 2 - 1) * 6, keystone: rnd() * 0.12 } : {}),
  };
  let f = text === null ? renderScene(seed, width, height) : renderCode(text, pose, width, height);
  const has = (d: Degradation) => degradation === d || degradation === 'combined';
  if (has('light')) f = unevenLight(f, 55 + rnd() * 20, 165 + rnd() * 30, rnd);
  else if (text !== null) f = unevenLight(f, 25, 235, () => 0); // even print contrast: paper is not 0/255
  if (has('blur')) f = blur(f, 1);
  if (has('noise')) f = noise(f, 3 + rnd() * 4, rnd);
  if (has('jpeg')) f = jpegRoundTrip(f, 50 + Math.floor(rnd() * 30));
  return f;
}

/** Grey → RGBA, the layout canvas getImageData gives. */
export function toRgba(f: LumaFrame): Uint8ClampedArray {
  const out = new Uint8ClampedArray(f.luma.length * 4);
  for (let i = 0; i < f.luma.length; i++) {
    const v = f.luma[i]!;
    out[4 * i] = out[4 * i + 1] = out[4 * i + 2] = v;
    out[4 * i + 3] = 255;
  }
  return out;
}
