// Fake camera (or a chosen photo) → decode worker → the exact text → the receive screen. The
// texts here are no valid stamps for the pass, so each ends in a refusal, which the screen
// explains; the "what was read" details prove the decoded text arrived intact.
import { join } from 'node:path';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerSuite } from './harness';
import { ARTIFACTS, createPassInUi, go } from './holder-steps';
import { writeQrY4m } from './y4m';
import { demoWorld, stampToCbor, valueToText } from '../../src/core';

const SCAN_TIMEOUT_MS = 15_000;

/** Opens the receive screen of a freshly created pass. */
async function openReceive(page: Page): Promise<void> {
  await createPassInUi(page);
  await go(page, '#/holder/receive');
}

/** Waits for the outcome of a scanned text; returns its status, reason and the text that was read. */
async function outcome(page: Page): Promise<{ status: string | null; reason: string | null; read: string | null; message: string | null }> {
  const box = page.locator('[data-testid="receive-outcome"]:not([data-status="checking"])');
  await box.waitFor({ timeout: SCAN_TIMEOUT_MS });
  return {
    status: await box.getAttribute('data-status'),
    reason: await box.getAttribute('data-reason'),
    read: await page.getByTestId('scan-result').textContent(),
    message: await box.textContent(),
  };
}

describe('holder receive screen with a camera filming a QR code', () => {
  const text = 'BBP1:S:TEST';
  const suite = browserPerSuite(() => ({ fakeVideo: writeQrY4m(join(ARTIFACTS, 'qr-test.y4m'), text) }));

  it('reads the code, passes exactly its text on, and explains the refusal with the camera still running', async () => {
    const tab = await suite.open();
    const { page } = tab;
    await openReceive(page);
    expect(await page.locator('h1').textContent()).toBe('Stempel empfangen');
    const result = await outcome(page);
    expect(result).toMatchObject({ status: 'refused', reason: 'unreadable', read: text });
    expect(result.message).toContain('Dieser Code ist beschädigt oder unvollständig.');
    expect(result.message).toContain('Es wurde nichts gespeichert.');
    // The camera keeps running so the holder can try again.
    expect(await page.locator('video').count()).toBe(1);
    expect(await page.getByTestId('scan-status').textContent()).toBe('Halten Sie den QR-Code in den Rahmen.');
    tab.guard.assertClean();
  });
});

describe('holder receive screen, photo fallback', () => {
  // Chromium's default fake camera shows a test pattern without any QR code.
  const suite = browserPerSuite();

  it('reads a QR code from a chosen image file', async () => {
    const tab = await suite.open();
    const { page } = tab;
    await openReceive(page);
    await expect.poll(() => page.getByTestId('scan-status').textContent()).toBe('Halten Sie den QR-Code in den Rahmen.');
    expect(await page.locator('video').getAttribute('aria-label')).toMatch(/^Kamerabild/);
    const png = await QRCode.toBuffer('BBP1:S:FROM-A-PHOTO', { errorCorrectionLevel: 'M', scale: 8 });
    await page.getByTestId('scan-file').setInputFiles({ name: 'code.png', mimeType: 'image/png', buffer: png });
    expect(await outcome(page)).toMatchObject({ status: 'refused', read: 'BBP1:S:FROM-A-PHOTO' });
    tab.guard.assertClean();
  });

  it('says so when the chosen image holds no QR code', async () => {
    const tab = await suite.open();
    const { page } = tab;
    await openReceive(page);
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
    expect(await page.getByTestId('receive-outcome').count()).toBe(0);
    tab.guard.assertClean();
  });
});

describe('holder receive screen with a real stamp in front of the camera', () => {
  // A real signed stamp (QR version 14 at EC M, ~5 px per module at 640×480): the size the app must read.
  const text = valueToText('stamp', stampToCbor(demoWorld(Date.UTC(2026, 8, 15) / 1000).stamps[1]!));
  const suite = browserPerSuite(() => ({ fakeVideo: writeQrY4m(join(ARTIFACTS, 'qr-stamp.y4m'), text) }));

  it('decodes the whole stamp payload through the worker and checks it', async () => {
    const tab = await suite.open();
    const { page } = tab;
    await openReceive(page);
    const result = await outcome(page);
    expect(text.length).toBeGreaterThan(500);
    expect(result.read).toBe(text);
    // Demo mode is off on a new device, so the DEMO office is unknown. The screen says so and never
    // talks the holder into demo mode (whose keys anyone can sign with).
    expect(result).toMatchObject({ status: 'refused', reason: 'unknown-issuer' });
    expect(result.message).toContain('von einer Stelle, die diese App nicht kennt');
    expect(result.message).not.toMatch(/demo/i);
    tab.guard.assertClean();
  });
});
