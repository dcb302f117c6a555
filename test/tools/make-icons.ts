// Draws the app icons (a booklet with a round stamp on the theme colour) into public/icons/.
// Run once: `npx tsx test/tools/make-icons.ts`. Shapes are signed-distance tests, supersampled
// 4×4 per pixel for smooth edges, so no image library beyond pngjs is needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

type Rgb = [number, number, number];
type Shape = (x: number, y: number) => boolean;
interface Layer {
  color: Rgb;
  inside: Shape;
}

const BRAND: Rgb = [0x1f, 0x4e, 0x79];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const SPINE: Rgb = [0xc9, 0xd8, 0xe7];
const LINES: Rgb = [0x9f, 0xb6, 0xcc];
const STAMP: Rgb = [0xf2, 0xa9, 0x00];
const SS = 4;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
  };
}

function circle(cx: number, cy: number, r: number): Shape {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** A stroke of width w along the polyline through `points`, with round caps and joins. */
function stroke(points: Array<[number, number]>, w: number): Shape {
  return (x, y) => {
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1]!;
      const [bx, by] = points[i]!;
      const vx = bx - ax;
      const vy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
      if ((x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= (w / 2) ** 2) return true;
    }
    return false;
  };
}

/** The motif in unit coordinates, shrunk by `scale` around the centre (maskable safe zone). */
function motif(scale: number): Layer[] {
  const s = (v: number) => 0.5 + (v - 0.5) * scale;
  const pt = (x: number, y: number): [number, number] => [s(x), s(y)];
  const lines = [0.36, 0.45, 0.54].map((y) => ({ color: LINES, inside: stroke([pt(0.4, y), pt(0.58, y)], 0.03 * scale) }));
  return [
    { color: WHITE, inside: roundedRect(s(0.26), s(0.2), s(0.68), s(0.8), 0.04 * scale) },
    { color: SPINE, inside: roundedRect(s(0.26), s(0.2), s(0.33), s(0.8), 0.02 * scale) },
    ...lines,
    { color: BRAND, inside: circle(s(0.66), s(0.66), 0.19 * scale) },
    { color: STAMP, inside: circle(s(0.66), s(0.66), 0.16 * scale) },
    { color: BRAND, inside: stroke([pt(0.585, 0.665), pt(0.64, 0.72), pt(0.735, 0.61)], 0.04 * scale) },
  ];
}

function render(size: number, layers: Layer[]): PNG {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          // The topmost layer covering this sample wins.
          for (let i = layers.length - 1; i >= 0; i--) {
            const layer = layers[i]!;
            if (layer.inside(x, y)) {
              r += layer.color[0];
              g += layer.color[1];
              b += layer.color[2];
              a += 1;
              break;
            }
          }
        }
      }
      const o = (py * size + px) * 4;
      // Colours are averaged over covered samples only; alpha carries the coverage.
      png.data[o] = a ? Math.round(r / a) : 0;
      png.data[o + 1] = a ? Math.round(g / a) : 0;
      png.data[o + 2] = a ? Math.round(b / a) : 0;
      png.data[o + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  return png;
}

const out = join(dirname(fileURLToPath(import.meta.url)), '../../public/icons');
mkdirSync(out, { recursive: true });
const badge: Layer = { color: BRAND, inside: roundedRect(0, 0, 1, 1, 0.18) };
// Maskable icons are cropped to a circle of 80 % diameter by some launchers: full-bleed
// background, motif shrunk into the safe zone.
const fullBleed: Layer = { color: BRAND, inside: () => true };
const icons: Array<[string, number, Layer[]]> = [
  ['icon-192.png', 192, [badge, ...motif(1)]],
  ['icon-512.png', 512, [badge, ...motif(1)]],
  ['icon-maskable-512.png', 512, [fullBleed, ...motif(0.78)]],
];
for (const [name, size, layers] of icons) {
  writeFileSync(join(out, name), PNG.sync.write(render(size, layers)));
  console.log(`wrote public/icons/${name}`);
}
