// The office at the counter, in real Chromium on one persistent profile: set up an office, have
// its registration request certified with `bbpass certify`, stamp a holder whose pass card comes
// through the fake camera, and check the stamp with `bbpass verify`. A template of a type the
// certificate does not allow cannot be used, a locked office cannot sign, and the log's CSV
// reads back with the right columns and umlauts. Screenshots of every office screen go to SHOTS.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, openPersistent, type GuardedPage } from './harness';
import { readQr } from './holder-steps';
import { addTemplate, bbpass, newHolder, OFFICE_PASSPHRASE, setupOfficeInUi, SHOTS, snapBoth } from './office-steps';
import { writeQrY4m } from './y4m';

const DISTRICT = 'test-kreis';
const OFFICE = 'VHS Fürstenfeldbruck – Sprachkurse';
const SCAN_TIMEOUT_MS = 20_000;

describe('office at the counter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bbpass-office-'));
  const now = Math.floor(Date.now() / 1000);
  const person = newHolder('Jürgen', 'Größer-Öztürk', '1990-02', now);
  let tab: GuardedPage;
  const go = async (hash: string) => {
    await tab.page.evaluate((h) => (location.hash = h), hash);
    await tab.page.locator('main h1').first().waitFor();
  };

  beforeAll(async () => {
    expect(bbpass(dir, 'keygen', '--role', 'root', '--district', DISTRICT, '--name', 'Landkreis Test', '--out', 'root.key').code).toBe(0);
    // The fake camera films the holder's pass card from the start; it only matters on the stamp screen.
    tab = await openPersistent(join(dir, 'profile'), { viewport: { width: 1280, height: 800 }, fakeVideo: writeQrY4m(join(dir, 'card.y4m'), person.card) });
    await tab.page.goto(`${baseUrl()}/#/office`);
  });

  afterAll(async () => {
    await tab?.context.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sets up an office; without a certificate it says it cannot stamp', async () => {
    const { page } = tab;
    await page.locator('#setup-name').waitFor();
    await snapBoth(page, 'office-01-setup');
    await setupOfficeInUi(page, OFFICE, DISTRICT);
    await expect.poll(() => page.getByTestId('cert-state').getAttribute('data-state')).toBe('no-certificate');
    expect(await page.locator('h1').textContent()).toBe(OFFICE);
    await go('#/office/stamp');
    expect(await page.getByTestId('cannot-sign').getAttribute('data-reason')).toBe('no-certificate');
  });

  it('keeps templates; a Beratung template made before the certificate stays unusable', async () => {
    await addTemplate(tab.page, 'Erstberatung Anerkennung', 'beratung', async (p) => {
      await p.locator('#tpl-topics').getByLabel('Anerkennung von Abschlüssen').check();
      await p.locator('#tpl-date').fill('2026-11-20');
      // Needs (issue 17): a course with its target level, a Praktikum with its field; "Sonstiges" is listed last.
      expect(await p.locator('#tpl-needs input[type=checkbox]').evaluateAll((els) => els.map((e) => e.getAttribute('data-need')))).toEqual(['integrationskurs', 'berufssprachkurs', 'recognition', 'praktikum', 'weiterbildung', 'other']);
      await p.locator('input[data-need="integrationskurs"]').check();
      await p.locator('#tpl-needs-integrationskurs').selectOption('B1');
      await p.locator('input[data-need="praktikum"]').check();
      await p.locator('#tpl-needs-praktikum').fill('Pflege');
      await snapBoth(p, 'office-02-beratung-needs');
    });
    await addTemplate(tab.page, 'Integrationskurs Modul 4', 'sprachkurs', async (p) => {
      await p.locator('#tpl-course').selectOption('integrationskurs');
      await p.locator('#tpl-level').selectOption('B1');
      await p.locator('#tpl-module').fill('Modul 4');
      await p.locator('#tpl-status').selectOption('completed');
      await p.locator('#tpl-units').fill('100');
    });
    expect(await tab.page.getByTestId('template-item').count()).toBe(2);
  });

  it('registers with the coordinator: request file → bbpass certify → certificate import', async () => {
    const { page } = tab;
    await go('#/office/register');
    await page.getByTestId('make-request').click();
    await page.getByTestId('request-qr').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('request-download').click()]);
    await download.saveAs(join(dir, 'req.qr'));
    expect(readFileSync(join(dir, 'req.qr'), 'utf8')).toMatch(/^BBP1:R:/);
    expect(await readQr(page.getByTestId('request-qr'))).toBe(readFileSync(join(dir, 'req.qr'), 'utf8').trim());
    await snapBoth(page, 'office-03-register');
    const certified = bbpass(dir, 'certify', '--root', 'root.key', '--request', 'req.qr', '--out', 'cert.qr');
    expect(certified.code, certified.err).toBe(0);
    expect(bbpass(dir, 'trust', '--root', 'root.key', '--cert', 'cert.qr', '--out', 'trust.json').code).toBe(0);

    await page.getByTestId('cert-file').setInputFiles(join(dir, 'cert.qr'));
    await expect.poll(() => page.getByTestId('cert-import').getAttribute('data-status')).toBe('imported');
    await go('#/office');
    await expect.poll(() => page.getByTestId('cert-state').getAttribute('data-state')).toBe('ready');
    expect(await page.getByTestId('allowed-types').textContent()).toBe('Sprachkurs');
    await snapBoth(page, 'office-02-status');
  });

  it('stamps the holder whose card the camera sees, and bbpass verify accepts the stamp', async () => {
    const { page } = tab;
    await go('#/office/stamp');
    const shown = page.getByTestId('person');
    await shown.waitFor({ timeout: SCAN_TIMEOUT_MS });
    expect(await shown.textContent()).toContain('Jürgen Größer-Öztürk');
    expect(await shown.textContent()).toContain('Geboren: Februar 1990');
    // The Beratung template: the certificate allows only Sprachkurs.
    const picks = page.getByTestId('template-pick');
    expect(await picks.count()).toBe(2);
    const beratung = picks.filter({ hasText: 'Erstberatung' });
    expect(await beratung.isDisabled()).toBe(true);
    expect(await page.getByTestId('template-blocked').textContent()).toContain('Ihr Zertifikat erlaubt diese Eintragsart nicht');
    await snapBoth(page, 'office-05-stamp-person');
    await picks.filter({ hasText: 'Integrationskurs Modul 4' }).click();
    await page.getByTestId('review').waitFor();
    await page.getByTestId('sign').click();
    const qr = page.getByTestId('stamp-qr');
    await qr.waitFor();
    await snapBoth(page, 'office-06-stamp-done');
    // The receipt on paper: the office's name, address and the stamping date, not the screen's heading.
    await page.emulateMedia({ media: 'print' });
    const receipt = page.getByTestId('stamp-receipt');
    expect(await receipt.isVisible()).toBe(true);
    expect(await receipt.textContent()).toContain(OFFICE);
    expect(await receipt.textContent()).toContain('Hauptstraße 1, 85221 Dachau');
    expect(await receipt.textContent()).toMatch(/Gestempelt am \d{2}\.\d{2}\.\d{4}/);
    expect(await page.getByRole('heading', { name: 'Eine Person stempeln' }).isVisible()).toBe(false);
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await page.screenshot({ path: join(SHOTS, 'office-06-stamp-receipt-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 800 });
    writeFileSync(join(dir, 'stamp.qr'), `${await readQr(qr)}\n`);
    const verified = bbpass(dir, 'verify', '--trust', 'trust.json', 'stamp.qr');
    expect(verified.code, verified.out + verified.err).toBe(0);
    expect(JSON.parse(verified.out)).toMatchObject({ kind: 'stamp', valid: true, reason: null, entries: [{ type: 'sprachkurs', valid: true }] });
  });

  it('writes a CSV for German Excel that reads back with its columns and umlauts', async () => {
    const { page } = tab;
    await go('#/office/log');
    await expect.poll(() => page.getByTestId('log-item').count()).toBe(1);
    await snapBoth(page, 'office-07-log');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('log-csv').click()]);
    const file = join(dir, 'log.csv');
    await download.saveAs(file);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe('Ausgestellt (deutsche Zeit);Eintragsart;Vorlage;Name;Geburtsdatum;Eintrag;Stempel-ID;Schlüssel der Stelle;Ersetzt Stempel');
    const cells = lines[1]!.split(';');
    expect(cells).toHaveLength(9);
    expect(cells[0]).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    expect(cells.slice(1, 6)).toEqual(['Sprachkurs', 'Integrationskurs Modul 4', 'Jürgen Größer-Öztürk', 'Februar 1990', 'Integrationskurs · B1 · Abgeschlossen']);
  });

  it('cannot sign once locked, and unlocks again with the passphrase', async () => {
    const { page } = tab;
    await page.getByTestId('lock').click();
    await go('#/office/stamp');
    expect(await page.getByTestId('cannot-sign').getAttribute('data-reason')).toBe('locked');
    expect(await page.getByTestId('sign').count()).toBe(0);
    expect(await page.locator('video').count()).toBe(0);
    await snapBoth(page, 'office-08-locked');
    await page.locator('#unlock-pass').fill('falsches Passwort');
    await page.getByTestId('unlock').click();
    await expect.poll(() => page.locator('#unlock-pass-error').textContent()).toBe('Das Passwort stimmt nicht.');
    await page.locator('#unlock-pass').fill(OFFICE_PASSPHRASE);
    await page.getByTestId('unlock').click();
    await page.getByTestId('person').waitFor({ timeout: SCAN_TIMEOUT_MS });
  });

  it('shows the remaining screens (for the screenshots), a class-mode receipt prints, no console errors', async () => {
    const { page } = tab;
    await go('#/office/templates');
    await snapBoth(page, 'office-04-templates');
    await go('#/office/class');
    await snapBoth(page, 'office-09-class-pick');
    await page.getByTestId('class-template').filter({ hasText: 'Integrationskurs' }).click();
    // The camera still films the card: class mode stamps it at once, and its receipt prints alone.
    await page.getByTestId('stamp-done').waitFor({ timeout: SCAN_TIMEOUT_MS });
    await snapBoth(page, 'office-10-class-run');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('stamp-receipt').isVisible()).toBe(true);
    expect(await page.getByTestId('stamp-qr').isVisible()).toBe(true);
    expect(await page.getByTestId('class-list').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await go('#/office/stats');
    await page.getByTestId('chart-type').waitFor();
    await snapBoth(page, 'office-11-stats');
    await go('#/office/keys');
    await snapBoth(page, 'office-12-keys');
    tab.guard.assertClean();
  });
});
