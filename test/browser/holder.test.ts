// The holder's whole journey in real Chromium, on one persistent profile that is relaunched
// whenever the fake camera has to film something new: create a pass, show the card, receive
// stamps by camera (and refuse the wrong ones), survive going offline, present, print, back up,
// delete and restore. Screenshots of every screen at 360×740 land in .artifacts/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  decodeCard, decodePresentation, decodeCbor, demoWorld, fromText, issueStamp, stampToCbor, textToValue, toText, valueToText,
  type Holder,
} from '../../src/core';
import { filmPayload } from './film-qr';
import { baseUrl, openPersistent, type GuardedPage } from './harness';
import { ARTIFACTS, confirmDemo, createPassInUi, entryCount, go, PERSON, readQr, snap, switchLanguage } from './holder-steps';
import { writeQrSequenceY4m } from './y4m';

const PHONE = { width: 360, height: 740 };
const SCAN_TIMEOUT_MS = 15_000;
const PASSPHRASE = 'Sonnenblume 2024';

describe('holder journey on one phone', () => {
  const profile = mkdtempSync(join(tmpdir(), 'bbpass-holder-'));
  let tab: GuardedPage | undefined;
  let holder: Holder | undefined;
  let passCode = '';
  const stamps: Record<'good' | 'counselling' | 'otherHolder' | 'tampered', string> = { good: '', counselling: '', otherHolder: '', tampered: '' };

  /** (Re)launches Chromium on the same profile, optionally with the camera filming these stamps in turn. */
  async function launch(...cameraShows: Array<keyof typeof stamps>): Promise<GuardedPage> {
    if (tab) {
      tab.guard.assertClean();
      await tab.context.close();
    }
    const video = join(ARTIFACTS, `holder-${cameraShows.join('-')}.y4m`);
    const fakeVideo = cameraShows.length ? writeQrSequenceY4m(video, cameraShows.map((k) => stamps[k])) : undefined;
    tab = await openPersistent(profile, { viewport: PHONE, fakeVideo });
    await tab.page.goto(`${baseUrl()}/#/holder`);
    return tab;
  }

  async function receiveByCamera(): Promise<{ status: string | null; reason: string | null; text: string }> {
    const { page } = tab!;
    await go(page, '#/holder/receive');
    const outcome = page.locator('[data-testid="receive-outcome"]:not([data-status="checking"])');
    await outcome.waitFor({ timeout: SCAN_TIMEOUT_MS });
    return { status: await outcome.getAttribute('data-status'), reason: await outcome.getAttribute('data-reason'), text: (await outcome.textContent()) ?? '' };
  }

  afterAll(async () => {
    await tab?.context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('creates a pass: language first, then the form with clear messages', async () => {
    const { page } = await launch();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sprache wählen');
    await snap(page, 'holder-01-first-start-language');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByTestId('create-pass').click();
    const errors = page.getByTestId('form-errors');
    await expect.poll(() => errors.textContent()).toContain('Vorname(n): Bitte ausfüllen.');
    expect(await errors.textContent()).toContain('Geburtsdatum: Bitte ausfüllen.');
    await page.locator('#birth-day').fill('31');
    await page.locator('#birth-month').selectOption('02');
    await page.locator('#birth-year').fill('2007');
    await page.getByTestId('create-pass').click();
    await expect.poll(() => errors.textContent()).toContain('Diesen Tag gibt es in diesem Monat nicht.');
    await snap(page, 'holder-02-first-start-errors');

    await createPassInUi(page);
    passCode = (await page.getByTestId('pass-code').textContent()) ?? '';
    expect(passCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    const id = await page.getByTestId('pass-id').textContent();
    expect(id).toContain(`${PERSON.givenName} ${PERSON.familyName}`);
    expect(id).toContain('Geboren: März 2007');
    expect(await page.getByTestId('backup-reminder').count()).toBe(0);
    await snap(page, 'holder-03-home');
    // The service worker must have the app cached before the offline step later on.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  });

  it('switches demo mode on in the settings only after typing DEMO, and it stays on', async () => {
    const { page } = tab!;
    await go(page, '#/holder/settings');
    const toggle = page.getByTestId('demo-toggle');
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    expect(await toggle.isChecked()).toBe(false);
    expect(await page.getByTestId('demo-banner').count()).toBe(0);
    // One tap is not enough: the switch asks first, and leaving the question leaves demo mode off.
    await toggle.click();
    await page.getByTestId('demo-confirm').waitFor();
    expect(await page.getByTestId('demo-confirm').isDisabled()).toBe(true);
    await page.getByTestId('demo-confirm-word').fill('DEM');
    expect(await page.getByTestId('demo-confirm').isDisabled()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByTestId('demo-toggle').isEnabled()).toBe(true);
    expect(await page.getByTestId('demo-toggle').isChecked()).toBe(false);
    await page.getByTestId('demo-toggle').click();
    await confirmDemo(page);
    await page.reload();
    await expect.poll(() => page.getByTestId('demo-toggle').isChecked()).toBe(true);
    await snap(page, 'holder-04-settings');
    await go(page, '#/holder');
    await expect.poll(() => page.getByTestId('pass-id').textContent()).toContain('DEMO-Modus ist an');
    // The whole device says so, on screen, in the title and on paper; nothing closes it.
    const banner = page.getByTestId('demo-banner');
    expect(await banner.textContent()).toContain('nichts hier ist ein echter Nachweis');
    expect(await banner.getByRole('button').count()).toBe(0);
    expect(await page.title()).toMatch(/^DEMO/);
    await page.emulateMedia({ media: 'print' });
    expect(await banner.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await switchLanguage(page, 'العربية');
    // The Arabic catalogue loads on demand: wait for the banner to speak it.
    await expect.poll(() => banner.textContent()).not.toContain('Nachweis');
    expect(await banner.textContent()).toContain('DEMO');
    await switchLanguage(page, 'Deutsch');
    await expect.poll(() => banner.textContent()).toContain('Nachweis');
  });

  it('shows a pass card whose QR code is a signed card of this holder', async () => {
    const { page } = tab!;
    await go(page, '#/holder/card');
    const qr = page.getByTestId('card-qr');
    await qr.waitFor();
    expect(await qr.getAttribute('aria-label')).toBe(`QR-Code der Passkarte von ${PERSON.givenName} ${PERSON.familyName}, Pass-Code ${passCode}`);
    expect(await page.locator('.code-screen [data-testid="pass-code"]').textContent()).toBe(passCode);
    await snap(page, 'holder-05-card');
    const text = await readQr(qr);
    expect(text.startsWith('BBP1:C:')).toBe(true);
    holder = decodeCard(textToValue(text).value).claims.holder;
    expect(holder).toMatchObject({ givenName: PERSON.givenName, familyName: PERSON.familyName, birthDate: '2007-03' });

    // What offices will hand this holder: a real stamp, one for somebody else, one tampered with.
    const now = Math.floor(Date.now() / 1000);
    const world = demoWorld(now);
    const { sprachschule, beratung, berufsschule } = world.offices;
    const good = issueStamp(
      { holder, issuedAt: now - 60, entry: { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'exam-passed', certificate: 'DTZ B1', units: 300 } },
      sprachschule.keys,
      sprachschule.certificate,
    );
    stamps.good = valueToText('stamp', stampToCbor(good));
    stamps.otherHolder = valueToText('stamp', stampToCbor(world.stamps[1]!));
    const counselling = issueStamp({ holder, issuedAt: now - 30, entry: { type: 'beratung', topics: ['recognition', 'labour-market'], date: '2026-01-15' } }, beratung.keys, beratung.certificate);
    stamps.counselling = valueToText('stamp', stampToCbor(counselling));
    const internship = issueStamp(
      { holder, issuedAt: now - 10, entry: { type: 'praktikum', employer: 'Gärtnerei Beispiel', occupation: 'Gärtnerin', from: '2026-02-02', to: '2026-02-13' } },
      berufsschule.keys,
      berufsschule.certificate,
    );
    const bytes = fromText(valueToText('stamp', stampToCbor(internship))).bytes;
    bytes[bytes.length - 1]! ^= 0x01; // the last byte of the COSE signature
    stamps.tampered = toText('stamp', bytes);
  });

  it('receives two stamps shown one after the other; scanning them again changes nothing', async () => {
    const { page } = await launch('good', 'counselling');
    await go(page, '#/holder/receive');
    const received = page.getByTestId('received-list');
    await expect.poll(() => received.locator('li').count(), { timeout: SCAN_TIMEOUT_MS }).toBe(2);
    expect(await received.textContent()).toContain('Sprachkurs · Integrationskurs · B1 · Prüfung bestanden');
    expect(await received.textContent()).toContain('Beratung · Anerkennung von Abschlüssen · Arbeit und Arbeitssuche');
    const last = await receiveByCamera();
    expect(last.status).toBe('stored');
    expect(last.text).toContain('Stempel gespeichert');
    expect(last.text).toMatch(/DEMO-Sprachschule|DEMO-Migrationsberatung/);
    await snap(page, 'holder-06-receive-stored');

    // Leaving and coming back restarts the camera, which reads the same stamps again.
    await go(page, '#/holder');
    const again = await receiveByCamera();
    expect(again.status).toBe('already-stored');
    expect(again.text).toContain('Diesen Stempel haben Sie schon.');

    expect(await entryCount(page)).toBe(2);
    await snap(page, 'holder-07-entries');
    const items = page.getByTestId('entry-item');
    // Newest first: the counselling stamp was issued after the language course.
    expect(await items.nth(0).textContent()).toContain('Beratung');
    expect(await items.nth(1).textContent()).toContain('Integrationskurs · B1 · Prüfung bestanden');
    // DEMO district stamps: badged, never plain "Geprüft: echt"; the district stands beside the office.
    for (const state of await page.getByTestId('verify-state').allTextContents()) expect(state).toBe('DEMODEMO – gültig nur zur Vorführung');
    // Office with its date, and the district that vouches for it on a line of its own.
    expect(await items.nth(1).locator('.entry-meta').allTextContents()).toEqual([expect.stringMatching(/^DEMO-Sprachschule · /), '\u2068DEMO-Landkreis\u2069 – nicht für den Echtbetrieb']);
    await page.getByRole('button', { name: 'Sprachkurs (1)' }).click();
    await expect.poll(() => items.count()).toBe(1);
    await items.first().click();
    const fields = page.getByTestId('entry-fields');
    await fields.waitFor();
    // Isolation marks (U+2066–2069) around the district's name are the page's, not the text's.
    for (const text of ['KursartIntegrationskurs', 'NiveauB1', 'StandPrüfung bestanden', 'ZertifikatDTZ B1', 'Unterrichtseinheiten300', 'StelleDEMO-Sprachschule · DEMO-Landkreis']) {
      expect((await fields.textContent())?.replace(/[\u2066-\u2069]/g, '')).toContain(text);
    }
    await snap(page, 'holder-08-entry-detail');

    await go(page, '#/holder');
    await expect.poll(() => page.getByTestId('backup-reminder').textContent()).toContain('Neue Einträge ohne Sicherung: 2');
    await snap(page, 'holder-09-home-reminder');
  });

  it('refuses a stamp made out to another person; the camera keeps running', async () => {
    const { page } = await launch('otherHolder');
    const outcome = await receiveByCamera();
    expect(outcome).toMatchObject({ status: 'refused', reason: 'wrong-holder' });
    expect(outcome.text).toContain('Dieser Stempel ist für eine andere Person.');
    expect(outcome.text).toContain('Es wurde nichts gespeichert.');
    expect(await page.getByTestId('scan-status').textContent()).toBe('Halten Sie den QR-Code in den Rahmen.');
    expect(await page.locator('video').count()).toBe(1);
    await snap(page, 'holder-10-receive-refused');
    expect(await entryCount(page)).toBe(2);
  });

  it('refuses a stamp whose signature was tampered with', async () => {
    const { page } = await launch('tampered');
    const outcome = await receiveByCamera();
    expect(outcome).toMatchObject({ status: 'refused', reason: 'bad-signature' });
    expect(outcome.text).toContain('Die Unterschrift des Stempels stimmt nicht.');
    expect(await entryCount(page)).toBe(2);
  });

  it('keeps everything when offline after a reload', async () => {
    const { page, context } = await launch();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.getByTestId('pass-code').textContent()).toBe(passCode);
    expect(await entryCount(page)).toBe(2);
    await go(page, '#/holder/card');
    await page.getByTestId('card-qr').waitFor();
    await context.setOffline(false);
  });

  it('presents the chosen entries as an animated QR code that a scanner can assemble', async () => {
    const { page } = tab!;
    await go(page, '#/holder/present');
    await page.getByTestId('present-show').waitFor();
    expect(await page.locator('.pick-list input[type="checkbox"]:checked').count()).toBe(2);
    await snap(page, 'holder-11-present-pick');
    await page.getByTestId('present-show').click();
    const qr = page.getByTestId('present-qr');
    await qr.waitFor();
    await snap(page, 'holder-12-present-show');

    // Film the screen like a verifier's camera: whatever frames it catches, in any order.
    const done = (await filmPayload(qr, 20_000))?.payload;
    expect(done?.status).toBe('complete');
    if (done?.status !== 'complete') return;
    expect(done.kind).toBe('presentation');
    const presentation = decodePresentation(decodeCbor(done.bytes));
    expect(presentation.holder.givenName).toBe(PERSON.givenName);
    expect(presentation.stamps).toHaveLength(2);

    // Pausing holds the frame; the text alternative names it.
    await page.getByRole('button', { name: 'Anhalten' }).click();
    const frame = await page.getByTestId('frame-text').getAttribute('data-frame');
    await page.waitForTimeout(600);
    expect(await page.getByTestId('frame-text').getAttribute('data-frame')).toBe(frame);
    expect(await page.getByTestId('frame-text').textContent()).toMatch(/^Bild \d+ von \d+$/);
    await page.getByRole('button', { name: 'Weiter' }).click();

    const download = page.waitForEvent('download');
    await page.getByTestId('present-save').click();
    expect((await download).suggestedFilename()).toMatch(/^bildungspass-\d{4}-\d{2}-\d{2}\.txt$/);
  });

  it('prints every entry with a QR code of its stamp', async () => {
    const { page } = tab!;
    await go(page, '#/holder/print');
    const entry = page.getByTestId('print-entry');
    await entry.first().waitFor();
    expect(await entry.count()).toBe(2);
    const printed = [await readQr(entry.nth(0).locator('svg.qr')), await readQr(entry.nth(1).locator('svg.qr'))];
    expect(printed.sort()).toEqual([stamps.good, stamps.counselling].sort());
    await snap(page, 'holder-13-print');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByTestId('print-button').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await page.emulateMedia({ media: 'print' });
    await snap(page, 'holder-14-print-media');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(PHONE);
  });

  it('backs up, deletes and restores the pass with the same entries', async () => {
    const { page } = tab!;
    await go(page, '#/holder/backup');
    await page.locator('#backup-pass').fill('kurz');
    await page.getByTestId('backup-submit').click();
    await expect.poll(() => page.locator('.field-error').textContent()).toBe('Das Passwort braucht mindestens 8 Zeichen.');
    await page.locator('#backup-pass').fill('Hallo1234!');
    await page.getByTestId('backup-submit').click();
    await expect.poll(() => page.locator('.field-error').textContent()).toBe('Dieses Passwort ist zu bekannt (wie „passwort“ oder „hallo123“). Bitte ein eigenes wählen.');
    await page.locator('#backup-pass').fill(PASSPHRASE);
    await page.locator('#backup-repeat').fill(`${PASSPHRASE}!`);
    await page.getByTestId('backup-submit').click();
    await expect.poll(() => page.locator('.field-error').textContent()).toBe('Die beiden Passwörter sind nicht gleich.');
    await snap(page, 'holder-15-backup');
    await page.locator('#backup-repeat').fill(PASSPHRASE);
    const downloading = page.waitForEvent('download');
    await page.getByTestId('backup-submit').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^bildungspass-backup-[0-9A-Z]{8}-\d{4}-\d{2}-\d{2}\.json$/);
    const backupFile = join(profile, 'backup.json');
    await download.saveAs(backupFile);
    await page.getByTestId('backup-done').waitFor();
    await go(page, '#/holder');
    await page.getByTestId('pass-code').waitFor();
    expect(await page.getByTestId('backup-reminder').count()).toBe(0);

    await go(page, '#/holder/delete');
    await page.getByTestId('delete-submit').click();
    await expect.poll(() => page.locator('.field-error').textContent()).toBe('Bitte setzen Sie zuerst das Häkchen oben.');
    await snap(page, 'holder-16-delete');
    await page.getByTestId('delete-confirm').check();
    await page.getByTestId('delete-submit').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sprache wählen');

    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByTestId('have-backup').click();
    await page.getByTestId('restore-file').setInputFiles(backupFile);
    await page.locator('#restore-pass').fill('falsches Passwort');
    await page.getByTestId('restore-submit').click();
    await expect.poll(() => page.getByTestId('restore-problem').textContent(), { timeout: 10_000 }).toBe(
      'Das Passwort ist falsch oder die Datei ist beschädigt. Es wurde nichts geändert.',
    );
    await snap(page, 'holder-17-restore-wrong');
    await page.locator('#restore-pass').fill(PASSPHRASE);
    await page.getByTestId('restore-submit').click();
    await expect.poll(() => page.getByTestId('restore-done').textContent(), { timeout: 10_000 }).toContain('Einträge: 2');
    await snap(page, 'holder-18-restored');
    await page.getByRole('link', { name: 'Zu meinem Pass' }).click();
    await expect.poll(() => page.getByTestId('pass-code').textContent()).toBe(passCode);
    expect(await entryCount(page)).toBe(2);
    expect(await page.getByTestId('entry-item').nth(1).textContent()).toContain('Integrationskurs · B1 · Prüfung bestanden');
    tab!.guard.assertClean();
  });

  it('fits every holder screen into 320 px without sideways scrolling', async () => {
    const { page } = tab!;
    await page.setViewportSize({ width: 320, height: 640 });
    await go(page, '#/holder/entries');
    await page.getByTestId('entry-item').first().click();
    await page.getByTestId('entry-fields').waitFor();
    const entryHash = await page.evaluate(() => location.hash);
    const screens = ['#/holder', '#/holder/card', '#/holder/receive', '#/holder/entries', entryHash, '#/holder/present', '#/holder/backup', '#/holder/restore', '#/holder/print', '#/holder/settings', '#/holder/delete', '#/holder/new'];
    for (const lang of ['de', 'en'] as const) {
      if (lang === 'en') await switchLanguage(page, 'English');
      for (const hash of screens) {
        await go(page, hash);
        await page.waitForTimeout(150); // lazy content (entries, QR codes) settles
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `sideways overflow on ${hash} (${lang})`).toBe(0);
        await snap(page, `holder-320-${lang}-${hash.replace(/^#\/holder\/?/, '').replace(/\/.*/, '') || 'home'}`);
      }
    }
    await switchLanguage(page, 'Deutsch');
    await page.setViewportSize(PHONE);
  });

  it('holds a second pass on the same phone and switches between them', async () => {
    const { page } = tab!;
    await go(page, '#/holder/new');
    await snap(page, 'holder-19-new-pass');
    await page.getByLabel('Vorname(n)').fill('Karim');
    await page.getByLabel('Familienname').fill('Ahmadi');
    await page.locator('#birth-year').fill('1979');
    await page.getByTestId('create-pass').click();
    await expect.poll(() => page.getByTestId('pass-id').textContent()).toContain('Karim Ahmadi');
    expect(await page.getByTestId('pass-id').textContent()).toContain('Geboren: 1979');
    const switcher = page.getByTestId('pass-switcher');
    expect(await switcher.locator('option').count()).toBe(2);
    await snap(page, 'holder-20-home-two-passes');
    await switcher.selectOption({ label: `${PERSON.givenName} ${PERSON.familyName} (${passCode})` });
    await expect.poll(() => page.getByTestId('pass-code').textContent()).toBe(passCode);
    expect(await entryCount(page)).toBe(2);
    tab!.guard.assertClean();
  });
});
