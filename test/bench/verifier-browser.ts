// Browser figures of the verifier, in Debian's Chromium against a production build:
//   - seconds from the first frame received to the verified summary, for presentations of 10,
//     30 and 100 stamps shown at 5 frames/s and filmed by a webcam at 10 frames/s with sensor
//     noise and blur: no frame is cut out of the video, frames are lost as a camera loses them
//     (caught mid-change, or arriving while the decoder is busy);
//   - verification time of a 100-stamp presentation in Chromium (budget ≤ 100 ms).
// `npx tsx test/bench/verifier-browser.ts` (BBPASS_DIST = build folder, default dist/); prints
// the figures and writes test/bench/results-verifier.json.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { genuineStamps, presentationFrames, writeCameraPresentationY4m } from '../browser/verifier-camera';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = process.env.BBPASS_DIST ?? join(ROOT, 'dist');
const PORT = 4185; // apart from the test suite's and the other benches' ports
const BASE = `http://127.0.0.1:${PORT}`;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];
const SIZES = [10, 30, 100] as const;
const VERIFY_RUNS = 7;
const BUDGET_MS = 100;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function launch(profile: string, video?: string): Promise<BrowserContext> {
  const args = video ? [...ARGS, `--use-file-for-fake-video-capture=${video}`] : ARGS;
  return chromium.launchPersistentContext(profile, { executablePath: process.env.BBPASS_CHROMIUM ?? '/usr/bin/chromium', headless: true, args, viewport: { width: 1280, height: 800 }, locale: 'de-DE', permissions: ['camera'] });
}

// Records, in page time, the first frame taken in and the moment the result is on screen.
function watchScan(): void {
  const w = window as unknown as { bench: { first?: number; result?: number } };
  w.bench = {};
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver(() => {
      const progress = document.querySelector('[data-testid="scan-progress"]');
      if (w.bench.first === undefined && Number(progress?.getAttribute('data-received') ?? 0) > 0) w.bench.first = performance.now();
      if (w.bench.result === undefined && document.querySelector('[data-testid="verifier-result"]')) w.bench.result = performance.now();
    }).observe(document.documentElement, { subtree: true, childList: true, attributes: true });
  });
}

async function scanSeconds(profile: string, n: number): Promise<{ seconds: number; seqLen: number }> {
  const now = Math.floor(Date.now() / 1000);
  const frames = presentationFrames(now, genuineStamps(now, n));
  const video = writeCameraPresentationY4m(join(profile, `present-${n}.y4m`), frames, { cameraFps: 10, noise: 6, blur: 1 });
  const ctx = await launch(profile, video);
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.addInitScript(watchScan);
    await page.goto(`${BASE}/#/verifier`);
    await page.getByTestId('verifier-result').waitFor({ timeout: 120_000 });
    const counts = await page.getByTestId('result-counts').textContent();
    if (counts !== `Gültig: ${n} von ${n} Einträgen`) throw new Error(`unexpected result for ${n} stamps: ${counts}`);
    const b = await page.evaluate(() => (window as unknown as { bench: { first: number; result: number } }).bench);
    return { seconds: (b.result - b.first) / 1000, seqLen: frames.seqLen };
  } finally {
    await ctx.close();
  }
}

// The app measures its own verification ('bbpass:verify'); a file upload runs it without the camera.
async function verifyMs(page: Page, file: string): Promise<number[]> {
  const runs: number[] = [];
  for (let i = 0; i < VERIFY_RUNS; i++) {
    await page.getByTestId('presentation-file').setInputFiles(file);
    await page.getByTestId('verifier-result').waitFor();
    runs.push(await page.evaluate(() => performance.getEntriesByName('bbpass:verify').at(-1)!.duration));
    await page.getByTestId('check-again').click();
  }
  return runs.slice(1); // the first run also warms the code paths
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no build in ${DIST}: run \`vite build\` first`);
  const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  const server = spawn(process.execPath, [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', DIST], { cwd: ROOT, stdio: 'ignore' });
  const profile = mkdtempSync(join(tmpdir(), 'bbpass-verifier-bench-'));
  try {
    for (let i = 0; i < 100 && !(await fetch(BASE).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200));
    // Demo mode on, through the verifier's own settings screen.
    const setup = await launch(profile);
    const page = setup.pages()[0] ?? (await setup.newPage());
    await page.goto(`${BASE}/#/verifier/settings`);
    await page.getByTestId('verifier-demo').check();
    await page.getByTestId('verifier-settings-save').click();
    await page.getByTestId('verifier-settings-saved').waitFor();
    await page.goto(`${BASE}/#/verifier`);
    const now = Math.floor(Date.now() / 1000);
    const hundred = presentationFrames(now, genuineStamps(now, 100));
    const file = join(profile, 'present-100.txt');
    writeFileSync(file, hundred.texts(hundred.seqLen).join('\n'));
    const verify = await verifyMs(page, file);
    await setup.close();

    const scans: Record<string, { seconds: number; seqLen: number }> = {};
    for (const n of SIZES) {
      const r = await scanSeconds(profile, n);
      scans[n] = { seconds: Number(r.seconds.toFixed(2)), seqLen: r.seqLen };
      console.log(`${n} stamps (${r.seqLen} fragments), shown at 5 frames/s, filmed at 10 frames/s with noise and blur: first frame → verified summary ${r.seconds.toFixed(2)} s`);
    }
    const ms = median(verify);
    console.log(`verify 100 stamps in Chromium: median ${ms.toFixed(1)} ms over ${verify.length} runs (budget ≤ ${BUDGET_MS} ms) ${ms <= BUDGET_MS ? 'OK' : 'OVER BUDGET'}`);
    const results = {
      date: new Date().toISOString(),
      chromium: 'Debian /usr/bin/chromium, headless, 1280×800',
      scanToSummarySeconds: { displayFps: 5, cameraFps: 10, noise: 6, blur: 1, ...scans },
      verify100Ms: { median: Number(ms.toFixed(1)), runs: verify.map((x) => Number(x.toFixed(1))), budget: BUDGET_MS },
    };
    writeFileSync(join(ROOT, 'test/bench/results-verifier.json'), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    server.kill('SIGTERM');
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
