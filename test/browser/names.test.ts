// Issue 15, item 1: the name as on the ID. A holder makes a pass with the Latin name from the
// passport and the name in Arabic script; a name without Latin letters is refused in the Latin
// field. The office sees the Latin name first with the Arabic beside it, stamps the card it films,
// `bbpass verify` accepts the stamp, and the office log finds the person by either form,
// ignoring case and diacritics. Screenshots go to BBPASS_SHOTS.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeStamp, textToValue } from '../../src/core';
import { baseUrl, openPersistent, type GuardedPage } from './harness';
import { go, readQr } from './holder-steps';
import { addTemplate, bbpass, setupOfficeInUi, snapBoth, SHOTS } from './office-steps';
import { writeQrY4m } from './y4m';

const SCAN_TIMEOUT_MS = 20_000;
const LATIN = { given: 'Ahmad', family: 'Al-Husseïni' };
const NATIVE = { given: 'أحمد', family: 'الحسيني' };

describe('names as on the ID document', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bbpass-names-'));
  const tabs: GuardedPage[] = [];
  let card = '';

  afterAll(async () => {
    for (const t of tabs) await t.context.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the holder form wants the Latin name from the ID and takes the Arabic one beside it', async () => {
    const tab = await openPersistent(join(dir, 'holder'), { viewport: { width: 390, height: 844 } });
    tabs.push(tab);
    const { page } = tab;
    await page.goto(`${baseUrl()}/#/holder`);
    await page.getByRole('button', { name: 'Deutsch' }).click();
    expect(await page.locator('#latin-name-intro').textContent()).toContain('maschinenlesbare Zone');
    await page.getByLabel('Vorname(n)').fill(NATIVE.given); // the Arabic name in the Latin field
    await page.getByLabel('Familienname').fill(LATIN.family);
    await page.locator('#birth-month').selectOption('03');
    await page.locator('#birth-year').fill('2001');
    await page.getByTestId('create-pass').click();
    await expect.poll(() => page.locator('#given-name-error').textContent()).toContain('lateinischen Buchstaben');
    await page.screenshot({ path: join(SHOTS, 'names-01-form-refused.png'), fullPage: true });
    await page.getByLabel('Vorname(n)').fill(LATIN.given);
    await page.getByLabel('Vornamen in Ihrer eigenen Schrift').fill(NATIVE.given);
    await page.getByLabel('Nachname in Ihrer eigenen Schrift').fill(NATIVE.family);
    await page.getByTestId('create-pass').click();
    await page.getByTestId('pass-code').waitFor();
    expect(await page.getByTestId('pass-id').textContent()).toContain(`${LATIN.given} ${LATIN.family} ${NATIVE.given} ${NATIVE.family}`);
    await page.screenshot({ path: join(SHOTS, 'names-02-pass-home.png'), fullPage: true });
    await go(page, '#/holder/card');
    card = await readQr(page.getByTestId('card-qr'));
    expect(card).toMatch(/^BBP1:C:/);
    tab.guard.assertClean();
  });

  it('the office sees the Latin name first, stamps it, bbpass verify accepts it, the log finds either form', async () => {
    expect(bbpass(dir, 'keygen', '--role', 'root', '--district', 'test-kreis', '--name', 'Landkreis Test', '--out', 'root.key').code).toBe(0);
    const tab = await openPersistent(join(dir, 'office'), { viewport: { width: 1280, height: 800 }, fakeVideo: writeQrY4m(join(dir, 'card.y4m'), card) });
    tabs.push(tab);
    const { page } = tab;
    await page.goto(`${baseUrl()}/#/office`);
    await setupOfficeInUi(page, 'VHS Dachau – Sprachkurse', 'test-kreis');
    await addTemplate(page, 'Integrationskurs Modul 4', 'sprachkurs', async (p) => {
      await p.locator('#tpl-course').selectOption('integrationskurs');
      await p.locator('#tpl-level').selectOption('B1');
      await p.locator('#tpl-status').selectOption('completed');
      await p.locator('#tpl-units').fill('100');
    });
    await page.evaluate(() => (location.hash = '#/office/register'));
    await page.getByTestId('make-request').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('request-download').click()]);
    await download.saveAs(join(dir, 'req.qr'));
    expect(bbpass(dir, 'certify', '--root', 'root.key', '--request', 'req.qr', '--out', 'cert.qr').code).toBe(0);
    expect(bbpass(dir, 'trust', '--root', 'root.key', '--cert', 'cert.qr', '--out', 'trust.json').code).toBe(0);
    await page.getByTestId('cert-file').setInputFiles(join(dir, 'cert.qr'));
    await expect.poll(() => page.getByTestId('cert-import').getAttribute('data-status')).toBe('imported');

    await page.evaluate(() => (location.hash = '#/office/stamp'));
    const shown = page.getByTestId('person');
    await shown.waitFor({ timeout: SCAN_TIMEOUT_MS });
    // Latin first (what staff compare with the ID), the Arabic after it, marked as the person's own.
    expect(await shown.locator('.person-name').textContent()).toBe(`${LATIN.given} ${LATIN.family} ${NATIVE.given} ${NATIVE.family}`);
    expect(await shown.textContent()).toContain('nicht mit dem Ausweis vergleichen');
    await snapBoth(page, 'names-03-office-person');
    await page.getByTestId('template-pick').filter({ hasText: 'Integrationskurs Modul 4' }).click();
    await page.getByTestId('review').waitFor();
    await page.getByTestId('sign').click();
    const qr = page.getByTestId('stamp-qr');
    await qr.waitFor();
    const stamp = await readQr(qr);
    writeFileSync(join(dir, 'stamp.qr'), `${stamp}\n`);
    const verified = bbpass(dir, 'verify', '--trust', 'trust.json', 'stamp.qr');
    expect(verified.code, verified.out + verified.err).toBe(0);
    expect(JSON.parse(verified.out)).toMatchObject({ kind: 'stamp', valid: true, reason: null });
    const read = textToValue(stamp);
    expect(decodeStamp(read.value).claims.holder).toMatchObject({ givenName: LATIN.given, familyName: LATIN.family, givenNameNative: NATIVE.given, familyNameNative: NATIVE.family });
    await snapBoth(page, 'names-04-office-stamped');

    await page.evaluate(() => (location.hash = '#/office/log'));
    await expect.poll(() => page.getByTestId('log-item').count()).toBe(1);
    for (const query of ['AHMAD', 'husseini', NATIVE.family, 'nobody']) {
      await page.locator('#log-query').fill(query);
      await expect.poll(() => page.getByTestId('log-item').count()).toBe(query === 'nobody' ? 0 : 1);
    }
    await page.locator('#log-query').fill(NATIVE.given);
    await expect.poll(() => page.getByTestId('log-item').count()).toBe(1);
    expect(await page.getByTestId('log-item').textContent()).toContain(`${LATIN.given} ${LATIN.family} ${NATIVE.given} ${NATIVE.family}`);
    await snapBoth(page, 'names-05-office-log-native-search');
    tab.guard.assertClean();
  });
});
