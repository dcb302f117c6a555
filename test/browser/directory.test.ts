// The Wegweiser in real Chromium: search offline through the service worker's precache,
// filter, contact links, and screenshots in Arabic and Ukrainian at 360×740.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, browserPerSuite } from './harness';
import { createPassInUi, switchLanguage } from './holder-steps';

const SHOTS = '/tmp/shots-i18n';

async function openDirectory(page: Page): Promise<void> {
  await page.evaluate(() => (location.hash = '#/holder/directory'));
  await page.getByTestId('offer-item').first().waitFor();
}

describe('Wegweiser (offers directory)', () => {
  const suite = browserPerSuite();

  it('finds offers offline, diacritic- and case-insensitively, and filters by category', async () => {
    const { page, context, guard } = await suite.open();
    await page.goto(`${baseUrl()}/#/holder`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // A reload puts the page under the now active worker, which serves everything offline.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await openDirectory(page);
    const search = page.getByLabel('Suchen');
    const names = () => page.locator('.offer-name').allTextContents();
    await search.fill('sprachkurs');
    await expect.poll(names).toContain('Sprachkursträger im Landkreis');
    await search.fill('ogrenci');
    // "öğrenci" appears in the Turkish texts of two offers.
    await expect.poll(names).toEqual(['Jugendmigrationsdienst', 'Berufsschule']);
    await search.fill('BERATUNG');
    await expect.poll(names).toContain('Migrationsberatung');
    await page.getByLabel('Bereich').selectOption('behoerden');
    await search.fill('');
    await expect.poll(names).toContain('Landratsamt Dachau');
    expect(await names()).not.toContain('Migrationsberatung');
    await expect.poll(() => page.getByTestId('directory-count').textContent()).toMatch(/^\d+ Angebote$/);
    await page.getByText('Landratsamt Dachau', { exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Landratsamt Dachau');
    expect(await page.getByTestId('offer-call').getAttribute('href')).toBe('tel:08131740');
    expect(await page.getByTestId('offer-address').textContent()).toContain('Bürgermeister-Zauner-Ring 11');
    guard.assertClean();
  });

  it('shows no contact buttons where the seed gives none, and a clear message for a broken file', async () => {
    const { page, guard } = await suite.open();
    await page.goto(`${baseUrl()}/#/holder/offer/helferkreise`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Helferkreise');
    expect(await page.getByTestId('offer-call').count()).toBe(0);
    await page.route('**/directory/dachau.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":"bbpass-directory","version":1}' }));
    await page.reload();
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toContain('Die Datei ist fehlerhaft');
    guard.assertClean();
  });

  it('screenshots home, directory and an offer in Arabic and Ukrainian at 360×740', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { page, guard } = await suite.open({ viewport: { width: 360, height: 740 } });
    await page.goto(`${baseUrl()}/#/holder`);
    await createPassInUi(page);
    for (const [lang, name] of [['ar', 'العربية'], ['uk', 'Українська']] as const) {
      await page.evaluate(() => (location.hash = '#/holder'));
      await switchLanguage(page, name);
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
      await page.getByTestId('pass-code').waitFor();
      await page.screenshot({ path: `${SHOTS}/${lang}-home.png`, fullPage: true });
      await openDirectory(page);
      await page.screenshot({ path: `${SHOTS}/${lang}-directory.png` });
      await page.evaluate(() => (location.hash = '#/holder/offer/integrationsbeauftragte'));
      await page.getByTestId('offer-contact').waitFor();
      await page.screenshot({ path: `${SHOTS}/${lang}-offer.png`, fullPage: true });
    }
    guard.assertClean();
  });
});
