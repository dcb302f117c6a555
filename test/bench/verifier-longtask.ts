// The longest main-thread task while the verifier imports a presentation file, in Debian's
// Chromium against a production build (issue 13, item 6): a 50 MB file and a file within the
// limits holding a 1 MiB message in 4,096 fragments (the most elimination work a file may ask).
// `npx tsx test/bench/verifier-longtask.ts` (BBPASS_DIST = build folder, default dist/;
// BBPASS_BENCH_PORT, default 4186); prints the figures.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { FrameTextEncoder, PayloadAssembler } from '../../src/core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = process.env.BBPASS_DIST ?? join(ROOT, 'dist');
const PORT = Number(process.env.BBPASS_BENCH_PORT ?? 4186);
const BASE = `http://127.0.0.1:${PORT}`;

// Mixed frames (after the plain fragments: dense elimination, the costly case) of an
// incompressible 1 MiB message in 4,096 fragments of 256 bytes, up to the first that completes it.
function bigMessageFrames(): string[] {
  const bytes = new Uint8Array((1 << 20) - 1); // with its kind byte, exactly 1 MiB
  let s = 1;
  for (let i = 0; i < bytes.length; i++) bytes[i] = (s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 24;
  const enc = new FrameTextEncoder('presentation', bytes, 256);
  const a = new PayloadAssembler();
  const texts: string[] = [];
  for (let n = enc.seqLen + 1; ; n++) {
    texts.push(enc.text(n));
    if (a.receive(enc.text(n)).status === 'complete') return texts;
  }
}

// Records the longest task in page time (the observer is installed before the app starts).
function watchLongTasks(): void {
  const w = window as unknown as { longest: number };
  w.longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

async function main() {
  const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  const server = spawn(process.execPath, [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', DIST], { cwd: ROOT, stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'bbpass-longtask-'));
  const browser = await chromium.launch({ executablePath: process.env.BBPASS_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const frames = bigMessageFrames();
    const within = frames.join('\n');
    const files = { 'within-limits.txt': within, '50mb.txt': `${within}\n`.repeat(Math.ceil(50e6 / within.length)) };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    for (let i = 0; i < 50 && !(await fetch(BASE).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200));
    for (const [name, text] of Object.entries(files)) {
      const page = await browser.newPage({ locale: 'de-DE' });
      await page.addInitScript(watchLongTasks);
      await page.goto(`${BASE}/#/verifier`);
      await page.getByTestId('presentation-file').waitFor();
      const start = Date.now();
      await page.getByTestId('presentation-file').setInputFiles(join(dir, name));
      await page.locator('[data-testid="scan-problem"], [data-testid="verifier-result"]').first().waitFor({ timeout: 600_000 });
      const seconds = (Date.now() - start) / 1000;
      const problem = await page.getByTestId('scan-problem').getAttribute('data-problem').catch(() => null);
      const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
      process.stdout.write(`${name} (${(text.length / 1e6).toFixed(1)} MB, ${frames.length} distinct frames): outcome ${problem ?? 'result'} after ${seconds.toFixed(1)} s, longest main-thread task ${longest.toFixed(0)} ms\n`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
