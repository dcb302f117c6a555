// Browser figures of the holder app, in Debian's Chromium against the production build:
//   - JavaScript (gzipped) before the start screen's first render (budget <= 60 KB);
//   - open a pass of 1,000 entries and render the entries screen (budget ≤ 300 ms);
//   - from a stamp QR in front of the camera to "stamp saved" (fake camera, incl. camera start).
// Run by `npm run bench` after `vite build`; prints figures and adds them to results.json.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { demoWorld, issueStamp, keyId, stampId, stampToCbor, toHex, valueToText, type Entry, type Holder } from '../../src/core';
import { writeQrY4m } from '../browser/y4m';
import { startBundle } from './start-bundle';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = process.env.BBPASS_DIST ?? join(ROOT, 'dist');
const PORT = 4174; // not the test suite's port, so a bench can run beside the tests
const BASE = `http://127.0.0.1:${PORT}`;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];
const now = Math.floor(Date.now() / 1000);
const w = demoWorld(now);

function launch(profile: string, video?: string): Promise<BrowserContext> {
  const args = video ? [...ARGS, `--use-file-for-fake-video-capture=${video}`] : ARGS;
  return chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args, viewport: { width: 360, height: 740 }, permissions: ['camera'] });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('run `vite build` first');
  const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  const server = spawn(process.execPath, [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', DIST], { cwd: ROOT, stdio: 'ignore' });
  try {
    for (let i = 0; i < 100 && !(await fetch(BASE).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200));
    const profile = mkdtempSync(join(tmpdir(), 'bbpass-bench-'));

    // 0. A first start on a fresh profile: the scripts fetched before the language list painted.
    const freshCtx = await launch(mkdtempSync(join(tmpdir(), 'bbpass-bench-fresh-')));
    const start = await startBundle(freshCtx, BASE, DIST);
    await freshCtx.close();
    const holder: Holder = { ...w.holder };
    const passId = toHex(keyId(holder.publicKey));

    // 1. Seed a pass with 1,000 genuine stamps straight into IndexedDB. A first start opens no
    // storage; the "new pass" screen does, so the app creates its schema there first.
    let ctx = await launch(profile);
    let page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(`${BASE}/#/holder/new`);
    await page.locator('#new-title').waitFor();
    const o = w.offices.sprachschule;
    const rows = Array.from({ length: 1000 }, (_, i) => {
      const entry: Entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', module: `Modul ${1 + (i % 6)}`, status: 'completed', units: 100 };
      const s = issueStamp({ holder, issuedAt: now - 86400 - i * 60, entry }, o.keys, o.certificate);
      return { id: stampId(s), passId, type: 'sprachkurs', entry, issuedAt: s.claims.issuedAt, receivedAt: s.claims.issuedAt, officeName: o.certificate.claims.officeName, stampText: valueToText('stamp', stampToCbor(s)) };
    });
    const pass = { id: passId, profile: { givenName: holder.givenName, familyName: holder.familyName, birthDate: holder.birthDate }, publicKey: [...holder.publicKey], secretKey: [...w.holderKeys.secretKey], createdAt: now - 86400 * 400 };
    await page.evaluate(
      ({ pass, rows }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('bbpass');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['passes', 'entries', 'settings'], 'readwrite');
            tx.objectStore('passes').put({ ...pass, publicKey: new Uint8Array(pass.publicKey), secretKey: new Uint8Array(pass.secretKey) });
            for (const r of rows) tx.objectStore('entries').put(r);
            tx.objectStore('settings').put({ key: 'demoMode', value: true });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      { pass, rows },
    );
    const opens: number[] = [];
    for (let i = 0; i < 6; i++) {
      await page.goto('about:blank');
      const t0 = performance.now();
      await page.goto(`${BASE}/#/holder/entries`);
      await page.getByTestId('entry-item').first().waitFor({ timeout: 30_000 });
      if (i > 0) opens.push(performance.now() - t0); // the first load warms the HTTP cache, as an installed app is
    }
    const count = await page.getByTestId('entry-item').count();
    // The same with the app already running (as after opening it from the home screen): from
    // the tap on "my entries" to the first rendered entries. This is the cost of the 1,000
    // entries; the cold figure above adds starting the app itself (see the empty-shell figure).
    const warm: number[] = [];
    const shell: number[] = [];
    for (let i = 0; i < 6; i++) {
      await page.goto('about:blank');
      const t0 = performance.now();
      await page.goto(`${BASE}/#/holder`);
      await page.getByTestId('pass-code').waitFor({ timeout: 30_000 });
      shell.push(performance.now() - t0);
      const t1 = performance.now();
      await page.evaluate(() => (location.hash = '#/holder/entries'));
      await page.getByTestId('entry-item').first().waitFor({ timeout: 30_000 });
      warm.push(performance.now() - t1);
    }
    warm.shift();
    shell.shift();
    await ctx.close();

    // 2. A new stamp in front of the camera until the app says it is saved.
    const s = issueStamp({ holder, issuedAt: now - 30, entry: { type: 'beratung', topics: ['labour-market'], date: new Date().toISOString().slice(0, 10) } }, w.offices.beratung.keys, w.offices.beratung.certificate);
    const video = writeQrY4m(join(profile, 'stamp.y4m'), valueToText('stamp', stampToCbor(s)));
    ctx = await launch(profile, video);
    page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(`${BASE}/#/holder`);
    await page.locator('main h1').first().waitFor();
    const t0 = performance.now();
    await page.evaluate(() => (location.hash = '#/holder/receive'));
    await page.locator('[data-testid="receive-outcome"][data-status="stored"]').waitFor({ timeout: 30_000 });
    const receive = performance.now() - t0;
    await ctx.close();

    const kb = Math.round(start.bytes / 102.4) / 10;
    const results = [
      { name: `holder start screen: JavaScript before first render, gzipped (${start.files.length} files)`, value: kb, unit: 'KB', budget: '<= 60', ok: kb <= 60 },
      { name: `open a pass of 1,000 entries in the running app: tap to first rendered entries (Chromium, median of 5; ${count} rows shown)`, value: Math.round(median(warm)), unit: 'ms', budget: '<= 300', ok: median(warm) <= 300 },
      { name: 'the same from a cold start of the app (page load to first rendered entries, median of 5)', value: Math.round(median(opens)), unit: 'ms' },
      { name: '  of which starting the app to its home screen with the pass (page load to pass code shown, median of 5)', value: Math.round(median(shell)), unit: 'ms' },
      { name: 'stamp QR in view to "stamp saved", incl. camera start (Chromium, fake camera)', value: Math.round(receive), unit: 'ms' },
    ];
    for (const r of results) process.stdout.write(`${r.name}  ${r.value} ${r.unit}${r.budget ? `  ${r.ok ? 'ok' : 'MISSED'} (${r.budget})` : ''}\n`);
    const file = join(ROOT, 'test/bench/results.json');
    const prior = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { results: [] };
    writeFileSync(file, `${JSON.stringify({ ...prior, browser: results }, null, 2)}\n`);
  } finally {
    server.kill();
  }
}

void main();
