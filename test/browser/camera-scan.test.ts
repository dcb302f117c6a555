import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { baseUrl, browserPerSuite } from './harness';
import { writeQrY4m } from './y4m';
import { demoWorld, stampToCbor, valueToText } from '../../src/core';

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '.artifacts');
const SCAN_TIMEOUT_MS = 15_000;

describe('holder scan screen with a camera filming a QR code', () => {
  const text = 'BBP1:S:TEST';
  const suite = browserPerSuite(() => ({ fakeVideo: writeQrY4m(join(ARTIFACTS, 'qr-test.y4m'), text) }));

  it('reads the code and shows exactly its text', async () => {
    const tab = await suite.open();
    const { page } = tab;
    await page.goto(`${baseUrl()}/#/holder/scan`);
    await page.getByTestId('scan-result').waitFor({ timeout: SCAN_TIMEOUT_MS });
    expect(await page.getByTestId('scan-result').textContent()).toBe(text);
    expect(await page.locator('h1').textContent()).toBe('QR-Code gelesen');
    // The camera is released once the result is shown.
    expect(await page.locator('video').count()).toBe(0);
    tab.guard.assertClean();
  });
});

describe('holder scan screen, photo fallback', () => {
    // Chromium's default fake camera shows a test pattern without any QR code.
  const suite = browserPerSuite();

  it('reads a QR code from a chosen image file', async () => {
    const tab = await suite.open();
    const { page } = tab;
    await page.goto(`${baseUrl()}/#/holder/scan`);
    await expect.poll(() => page.getByTestId('scan-status').textContent()).toBe('Halten Sie den QR-Code in den Rahmen.');
    expect(await page.locator('video').getAttribute('aria-label')).toMatch(/^Kamerabild/);
    const png = await QRCode.toBuffer('BBP1:S:FROM-A-PHOTO', { errorCorrectionLevel: 'M', scale: 8 });
    await page.getByTestId('scan-file').setInputFiles({ name: 'code.png', mimeType: 'image/png', buffer: png });
    await page.getByTestId('scan-result').waitFor({ timeout: SCAN_TIMEOUT_MS });
    expect(await page.getByTestId('scan-result').textContent()).toBe('BBP1:S:FROM-A-PHOTO');
    tab.guard.assertClean();
  });

  it('says so when the chosen image holds no QR code', async () => {
    const tab = await suite.open();
    const { page } = tab;
    await page.goto(`${baseUrl()}/#/holder/scan`);
    await expect.poll(() => page.getByTestId('scan-status').textContent()).toBe('Halten Sie den QR-Code in den Rahmen.');
    const blank = await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(200, 200);
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, 200, 200);
      return [...new Uint8Array(await (await canvas.convertToBlob()).arrayBuffer())];
    });
    await page.getByTestId('scan-file').setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: Buffer.from(blank) });
    await expect.poll(() => page.getByTestId('scan-status').textContent()).toBe('In dem Bild wurde kein QR-Code gefunden.');
    tab.guard.assertClean();
  });
});

describe('holder scan screen with a real stamp in front of the camera', () => {
  // A real signed stamp (QR version 14 at EC M, ~5 px per module at 640×480): the size the app must read.
  const text = valueToText('stamp', stampToCbor(demoWorld(Date.UTC(2026, 8, 15) / 1000).stamps[1]!));
  const suite = browserPerSuite(() => ({ fakeVideo: writeQrY4m(join(ARTIFACTS, 'qr-stamp.y4m'), text) }));

  it('decodes the whole stamp payload through the worker', async () => {
    const tab = await suite.open();
    await tab.page.goto(`${baseUrl()}/#/holder/scan`);
    await tab.page.getByTestId('scan-result').waitFor({ timeout: SCAN_TIMEOUT_MS });
    expect(await tab.page.getByTestId('scan-result').textContent()).toBe(text);
    expect(text.length).toBeGreaterThan(500);
    tab.guard.assertClean();
  });
});
