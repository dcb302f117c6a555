// Issue 16 part C in real Chromium: "Karlsfeld" finds its offers offline (search and the
// Gemeinde filter), a text in a fallback language says which language it is in, and the
// coordinator imports the 40-offer Windows-1252 spreadsheet with row-precise errors, keeps only
// the valid rows on request and publishes them as the site's directory file.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDirectory } from '../../src/core';
import { baseUrl, browserPerSuite } from './harness';
import { switchLanguage } from './holder-steps';

const SHOTS = process.env.BBPASS_SHOTS ?? '/tmp/shots-wegweiser';
const FIXTURE = fileURLToPath(new URL('../fixtures/wegweiser-40-cp1252.csv', import.meta.url));
const SAMPLE = parseDirectory(readFileSync(fileURLToPath(new URL('../../public/directory/dachau.json', import.meta.url)), 'utf8'));

describe('Wegweiser the district maintains', () => {
  const suite = browserPerSuite();

  it('finds the offers of Karlsfeld offline by search and by the Gemeinde filter, and marks fallback texts', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { page, context, guard } = await suite.open({ viewport: { width: 360, height: 740 } });
    await page.goto(`${baseUrl()}/#/holder/directory`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('offer-item').first().waitFor();
    const expected = SAMPLE.ok ? SAMPLE.directory.offers.filter((o) => o.places?.includes('Karlsfeld')).map((o) => o.name) : [];
    expect(expected.length).toBeGreaterThan(5);
    const names = () => page.locator('.offer-name').allTextContents();
    await page.getByLabel('Suchen').fill('karlsfeld');
    await expect.poll(names).toEqual(expected);
    expect(await names()).not.toContain('Landratsamt Dachau');
    await page.getByLabel('Suchen').fill('');
    await page.getByLabel('Gemeinde').selectOption('Karlsfeld');
    await expect.poll(names).toEqual(expected);
    await page.screenshot({ path: `${SHOTS}/de-karlsfeld.png`, fullPage: true });

    await switchLanguage(page, 'العربية');
    await page.getByLabel('البلدية').selectOption('all');
    const offer = (name: string) => page.getByTestId('offer-item').filter({ has: page.locator('.offer-name').getByText(name, { exact: true }) });
    const jobcenter = offer('Jobcenter');
    await expect.poll(() => jobcenter.getByTestId('offer-lang').textContent()).toBe('باللغة الإنجليزية');
    // An offer translated into Arabic carries no mark.
    expect(await offer('Migrationsberatung').getByTestId('offer-lang').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/ar-directory.png`, fullPage: true });
    await jobcenter.click();
    await expect.poll(() => page.getByTestId('offer-shown-in').textContent()).toContain('باللغة الإنجليزية');
    await page.screenshot({ path: `${SHOTS}/ar-offer-fallback.png`, fullPage: true });
    guard.assertClean();
  });

  it('imports the 40-offer Windows-1252 spreadsheet with row-precise errors, keeps only the valid rows when asked, and publishes', async () => {
    const { page, guard } = await suite.open({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl()}/#/coordinator/wegweiser`);
    await expect.poll(() => page.getByTestId('wegweiser-count').textContent()).toContain('Noch keine Angebote');
    await page.getByTestId('wegweiser-csv').setInputFiles(FIXTURE);
    const problems = page.getByTestId('wegweiser-import-problems');
    await expect.poll(() => problems.locator('p').first().textContent()).toBe('Die Datei hat 7 Fehler in 40 Zeilen. Es wurde nichts übernommen.');
    const rows = await problems.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent).join(' | ')));
    expect(rows).toEqual([
      '7 | Gemeinde | keine Gemeinde des Landkreises',
      '12 | Telefon | keine Telefonnummer',
      '18 | Kategorie | unbekannte Kategorie',
      '25 | Nächster Start | kein Datum (TT.MM.JJJJ)',
      '31 | Beschreibung (de) | der deutsche Text fehlt',
      '36 | ID | diese ID hat schon ein anderes Angebot',
      '40 | E-Mail | keine E-Mail-Adresse',
    ]);
    expect(await page.getByTestId('wegweiser-count').textContent()).toContain('Noch keine Angebote');
    await page.screenshot({ path: `${SHOTS}/coordinator-import-errors.png`, fullPage: true });
    await page.getByTestId('wegweiser-import-valid').click();
    await expect.poll(() => page.getByTestId('wegweiser-count').textContent()).toBe('33 Angebote');
    expect(await page.getByTestId('wegweiser-import-done').textContent()).toBe('Eingelesen: 33 neu, 0 ersetzt.');
    const download = page.waitForEvent('download');
    await page.getByTestId('wegweiser-publish').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('offers.json');
    const published = parseDirectory(readFileSync((await file.path())!, 'utf8'));
    expect(published.ok && published.directory.offers.length).toBe(33);
    expect(published.ok && published.directory.sample).toBe(false);
    await page.screenshot({ path: `${SHOTS}/coordinator-published.png`, fullPage: true });
    guard.assertClean();
  });
});
