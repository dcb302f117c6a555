// Class mode in Debian's Chromium against a production build: an office set up in the UI,
// certified, one template, and a queue of learners whose pass cards the fake camera shows one
// after another (one per second, as cards held up in turn). Prints seconds per learner from
// choosing the template to the last stamp shown, incl. camera start, and writes
// test/bench/results-office.json. Run: `npx tsx test/bench/office-browser.ts` (BBPASS_DIST, default dist/).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { certificateToCbor, demoKeyPair, issueCertificate, valueToText } from '../../src/core';
import { addTemplate, newHolder, setupOfficeInUi } from '../browser/office-steps';
import { writeQrSequenceY4m } from '../browser/y4m';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = resolve(process.env.BBPASS_DIST ?? join(ROOT, 'dist'));
const PORT = 4184; // beside the test suite and the holder bench
const BASE = `http://127.0.0.1:${PORT}`;
const LEARNERS = 12;
const TARGET_SECONDS = 20;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no build in ${DIST}: run \`vite build\` first`);
  const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  const server = spawn(process.execPath, [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', DIST], { cwd: ROOT, stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'bbpass-office-bench-'));
  try {
    for (let i = 0; i < 100 && !(await fetch(BASE).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200));
    const now = Math.floor(Date.now() / 1000);
    const cards = Array.from({ length: LEARNERS }, (_, i) => newHolder(`Lernende ${i + 1}`, 'Müller', '2001-05-17', now).card);
    const video = writeQrSequenceY4m(join(dir, 'class.y4m'), cards);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...ARGS, `--use-file-for-fake-video-capture=${video}`] });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', permissions: ['camera'] });
    const page = await context.newPage();
    await page.goto(`${BASE}/#/office`);
    await page.locator('#setup-name').waitFor({ timeout: 30_000 });
    await setupOfficeInUi(page, 'Bench-Sprachschule', 'bench');

    // Certify the office key with a bench root, as the coordinator would.
    const officeKey = await page.evaluate(
      () =>
        new Promise<number[]>((ok, fail) => {
          const open = indexedDB.open('bbpass');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('offices').objectStore('offices').getAll();
            get.onsuccess = () => ok([...(get.result[0].keys[0].publicKey as Uint8Array)]);
          };
        }),
    );
    const cert = issueCertificate(
      { district: 'bench', officeKey: new Uint8Array(officeKey), officeName: 'Bench-Sprachschule', officeKind: 'sprachkurstraeger', allowedTypes: ['sprachkurs'], validFrom: now - 86_400, validUntil: now + 86_400 * 365 },
      demoKeyPair('office bench root'),
    );
    await page.evaluate(() => (location.hash = '#/office/register'));
    await page.getByTestId('cert-file').setInputFiles({ name: 'cert.qr', mimeType: 'text/plain', buffer: Buffer.from(valueToText('certificate', certificateToCbor(cert))) });
    await page.locator('[data-testid="cert-import"][data-status="imported"]').waitFor();
    await addTemplate(page, 'Integrationskurs Modul 4', 'sprachkurs', async (p) => {
      await p.locator('#tpl-course').selectOption('integrationskurs');
      await p.locator('#tpl-level').selectOption('B1');
      await p.locator('#tpl-status').selectOption('completed');
    });

    await page.evaluate(() => (location.hash = '#/office/class'));
    const t0 = performance.now();
    await page.getByTestId('class-template').first().click();
    await page.locator('[data-testid="class-count"][data-count="1"]').waitFor({ timeout: 60_000 });
    const first = (performance.now() - t0) / 1000;
    await page.locator(`[data-testid="class-count"][data-count="${LEARNERS}"]`).waitFor({ timeout: 120_000 });
    const total = (performance.now() - t0) / 1000;
    await browser.close();

    const perLearner = total / LEARNERS;
    const results = [
      { name: `class mode: seconds per learner, ${LEARNERS} pass cards held up in turn (1 per second), template chosen to last stamp shown, incl. camera start (Chromium, fake camera)`, value: Number(perLearner.toFixed(2)), unit: 's', budget: `< ${TARGET_SECONDS}`, ok: perLearner < TARGET_SECONDS },
      { name: '  of which template chosen to the first stamp shown (camera start, scan, verify, sign)', value: Number(first.toFixed(2)), unit: 's' },
    ];
    for (const r of results) process.stdout.write(`${r.name}  ${r.value} ${r.unit}${r.budget ? `  ${r.ok ? 'ok' : 'MISSED'} (${r.budget})` : ''}\n`);
    writeFileSync(join(ROOT, 'test/bench/results-office.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), office: results }, null, 2)}\n`);
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
