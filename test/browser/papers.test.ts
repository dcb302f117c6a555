// Papers for a job application, in real Chromium: the holder chooses which entries go on paper
// and whether their own language stands beside the German (German first, German alone by
// default), and every printed QR code, read from the page as printed on A4 at printer
// resolution, is a stamp that verifies. Screenshots of the print views land in BBPASS_SHOTS.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_FEDERATION_ANCHORS } from '../../src/config/districts';
import { DEMO_FEDERATION, DEMO_TRUST_AT, demoDistrictWorld, naclVerify, TrustStore, verifyTexts } from '../../src/core';
import { baseUrl, browserPerSuite } from './harness';
import { confirmDemo, go, readQr, switchLanguage } from './holder-steps';

const SHOTS = process.env.BBPASS_SHOTS ?? '/tmp/shots-papers';
/** A4 at 96 CSS px per inch; three device pixels per CSS pixel are about a 300 dpi printer. */
const A4 = { width: 794, height: 1123 };

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The DEMO federation's trust, as a verifier in demo mode holds it. */
async function demoTrust(): Promise<TrustStore> {
  const store = new TrustStore(DEMO_FEDERATION_ANCHORS);
  for (const d of DEMO_FEDERATION) expect((await store.offer(demoDistrictWorld(d, DEMO_TRUST_AT).trustList, naclVerify)).accepted).toBe(true);
  return store;
}

describe('papers for a job application', () => {
  const suite = browserPerSuite();

  it('prints only the chosen entries, in German or with the holder language beside it, each QR verifiable from paper', async () => {
    const { page, guard } = await suite.open({ viewport: A4, deviceScaleFactor: 3 });
    // "Demo starten" gives the device a sample pass with three stamps from three DEMO districts.
    await page.goto(`${baseUrl()}/#/coordinator`);
    await page.getByTestId('demo-start').click();
    await confirmDemo(page);
    await page.getByTestId('demo-notice').waitFor();
    await go(page, '#/holder/print');
    const printed = page.getByTestId('print-entry');
    await expect.poll(() => printed.count()).toBe(3);

    // Every entry is chosen at first; leaving one out takes it off the paper.
    const picks = page.locator('.pick-item input[type="checkbox"]');
    expect(await picks.count()).toBe(3);
    await page.locator('.pick-item').filter({ hasText: 'Beratung' }).locator('input').uncheck();
    await expect.poll(() => printed.count()).toBe(2);
    expect(await printed.filter({ hasText: 'Beratung' }).count()).toBe(0);
    // Nothing chosen: nothing to print, and the print button says so by being off.
    await page.getByRole('button', { name: 'Keine wählen' }).click();
    await expect.poll(() => printed.count()).toBe(0);
    expect(await page.getByTestId('print-button').isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Alle wählen' }).click();
    await page.locator('.pick-item').filter({ hasText: 'Beratung' }).locator('input').uncheck();
    await expect.poll(() => printed.count()).toBe(2);

    // German by default, also under Arabic screens; the paper reads left to right.
    const paper = page.getByTestId('paper');
    expect(await paper.getAttribute('lang')).toBe('de');
    expect(await paper.getAttribute('dir')).toBe('ltr');
    expect(await paper.getByTestId('paper-title').textContent()).toBe('Bildungs- und Beratungspass');
    await switchLanguage(page, 'العربية');
    await expect.poll(() => page.getByTestId('paper-beside').count()).toBe(1);
    expect(await paper.getByTestId('paper-title').textContent()).toBe('Bildungs- und Beratungspass');
    expect(await paper.textContent()).not.toMatch(/[\u0600-\u06FF]/);
    expect(await printed.count()).toBe(2); // the choice survives the language switch

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.pick-list').isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    await shot(page, 'papers-holder-print-de');
    await page.emulateMedia({ media: 'screen' });

    // On request the holder's language stands beside each German text, German first.
    await page.getByTestId('paper-beside').check();
    await expect.poll(() => paper.getByTestId('paper-title').textContent()).toBe('Bildungs- und Beratungspass / \u2068جواز التعليم والاستشارة\u2069');
    expect(await paper.textContent()).toContain('Stelle / \u2068الجهة\u2069');
    expect(await paper.getAttribute('dir')).toBe('ltr');
    await page.emulateMedia({ media: 'print' });
    await shot(page, 'papers-holder-print-de-ar');

    // Each printed QR code, as the page prints at about 300 dpi, is a stamp a verifier accepts.
    const trust = await demoTrust();
    const now = Math.floor(Date.now() / 1000);
    for (let i = 0; i < 2; i++) {
      const text = await readQr(printed.nth(i).locator('.print-qr'));
      const report = await verifyTexts([text], { trust, verify: naclVerify, now });
      expect(report).toMatchObject({ kind: 'stamp', valid: true, entries: [{ type: await printed.nth(i).getAttribute('data-type') }] });
    }
    await page.emulateMedia({ media: 'screen' });
    await switchLanguage(page, 'Deutsch');
    guard.assertClean();
  });
});
