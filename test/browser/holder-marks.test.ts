// What a holder decides about their own pass (issue 15): the age rule on the pass form (under 14
// refused, 14–15 only with a deliberate confirmation), hiding an entry from the timeline and the
// presentation without losing it, and adding the Latin name to a pass made before that rule.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BbpassDb } from '../../src/storage/db';
import { createHolderApi } from '../../src/storage/holder/create-holder-api';
import { baseUrl, launchBrowser, openPage, type GuardedPage } from './harness';
import { confirmDemo, entryCount, go, snap } from './holder-steps';

const PHONE = { width: 360, height: 740 };
const PASSPHRASE = 'Sonnenblume 2024';

describe('the holder decides about their own pass', () => {
  let browser: Browser | undefined;
  const tabs: GuardedPage[] = [];
  const open = async () => {
    const tab = await openPage(browser!, { viewport: PHONE });
    tabs.push(tab);
    return tab.page;
  };
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const t of tabs) {
      t.guard.assertClean();
      await t.context.close();
    }
    await browser?.close();
  });

  it('refuses a child under 14 and asks a deliberate confirmation from 14 to 15', async () => {
    const page = await open();
    await page.goto(`${baseUrl()}/#/holder`);
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByLabel('Vorname(n)').fill('Samira');
    await page.getByLabel('Familienname').fill('Haidari');
    const year = new Date().getUTCFullYear();
    await page.locator('#birth-month').selectOption('01');
    await page.locator('#birth-year').fill(String(year - 12));
    await page.getByTestId('create-pass').click();
    await expect.poll(() => page.getByTestId('form-errors').textContent()).toContain('Geburtsdatum');
    await expect.poll(() => page.getByTestId('form-errors').textContent()).toMatch(/14/);
    await page.locator('#birth-year').fill(String(year - 15));
    const confirm = page.locator('#young-confirm');
    await confirm.waitFor();
    await snap(page, 'holder-marks-01-young');
    await page.getByTestId('create-pass').click();
    await expect.poll(() => page.getByTestId('form-errors').textContent()).toContain('Geburtsdatum');
    expect(await page.getByTestId('pass-code').count()).toBe(0);
    await confirm.check();
    await page.getByTestId('create-pass').click();
    await page.getByTestId('pass-code').waitFor();
  });

  it('hides an entry from the timeline and the presentation, and brings it back', async () => {
    const page = await open();
    await page.goto(`${baseUrl()}/#/coordinator`);
    await page.getByTestId('demo-start').click();
    await confirmDemo(page);
    await page.getByTestId('demo-notice').waitFor();
    const n = await entryCount(page);
    expect(n).toBeGreaterThan(2);
    await page.getByTestId('entry-item').first().click();
    await page.getByTestId('entry-hide').click();
    await expect.poll(() => page.getByTestId('entry-hide').textContent()).toBe('Eintrag wieder zeigen');
    expect(await entryCount(page)).toBe(n - 1);
    const showHidden = page.getByTestId('show-hidden');
    expect(await showHidden.textContent()).toBe('Ausgeblendete Einträge zeigen (1)');
    await go(page, '#/holder/present');
    const boxes = page.locator('input[type="checkbox"]');
    await expect.poll(() => boxes.count()).toBe(n - 1);
    await go(page, '#/holder/entries');
    await page.getByTestId('show-hidden').click();
    await expect.poll(() => page.getByTestId('entry-item').count()).toBe(n);
    await snap(page, 'holder-marks-02-hidden-shown');
    const hidden = page.locator('[data-testid="entry-item"]', { hasText: 'Ausgeblendet' });
    await hidden.first().click();
    await page.getByTestId('entry-hide').click();
    await expect.poll(() => page.getByTestId('entry-hide').textContent()).toBe('Eintrag ausblenden');
    expect(await entryCount(page)).toBe(n);
    expect(await page.getByTestId('show-hidden').count()).toBe(0);
  });

  it('a pass made before the Latin-name rule adds the name as in the passport, keeping its own script beside it', async () => {
    // Such a pass can only come from before the rule, so it is made here as the old app stored it and restored from its backup.
    const api = createHolderApi({ db: new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange }), fetchTrust: async () => undefined });
    const old = await api.createPass({ givenName: 'أحمد', familyName: 'رحیمی', birthDate: '1998-05' }, Math.floor(Date.now() / 1000) - 86_400);
    const backup = await api.backup(old.id, PASSPHRASE, Math.floor(Date.now() / 1000));
    const page = await open();
    await page.goto(`${baseUrl()}/#/holder`);
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByTestId('have-backup').click();
    await page.getByTestId('restore-file').setInputFiles({ name: 'sicherung.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await page.locator('#restore-pass').fill(PASSPHRASE);
    await page.getByTestId('restore-submit').click();
    await page.getByTestId('restore-done').waitFor({ timeout: 15_000 });
    await go(page, '#/holder');
    const form = page.getByTestId('latin-name');
    await form.waitFor();
    await snap(page, 'holder-marks-03-latin-name-asked');
    await page.locator('#latin-given').fill('احمد');
    await page.locator('#latin-family').fill('Rahimi');
    await form.getByRole('button').click();
    await expect.poll(() => form.textContent()).toContain('Bitte in lateinischen Buchstaben schreiben');
    await page.locator('#latin-given').fill('Ahmad');
    await form.getByRole('button').click();
    await page.getByTestId('latin-name-saved').waitFor();
    await expect.poll(() => page.locator('.pass-name').textContent()).toContain('Ahmad Rahimi');
    expect(await page.locator('.pass-name').textContent()).toContain('أحمد');
    expect(await page.getByTestId('latin-name').count()).toBe(0);
    await snap(page, 'holder-marks-04-latin-name-saved');
  });
});
